/**
 * A workspace-sized JSON value for hand-off figures and tests: 200 inventory records of about 10
 * fields and 38 SoA controls, with the vocabulary, dates and free-text reasons people write, drawn
 * by a seeded generator so that compression sees realistic variety. Same value on every run.
 */
const PURPOSES = [
  'Scores incoming loan applications for manual review',
  'Summarises customer support tickets for agents',
  'Detects fraudulent card transactions in near real time',
  'Ranks candidate CVs against open job descriptions',
  'Forecasts warehouse demand per product line',
  'Transcribes and classifies recorded sales calls',
  'Suggests replies in the customer chat',
  'Flags anomalies in payroll runs before approval',
  'Extracts fields from supplier invoices',
  'Predicts churn for retention campaigns',
];
const DETAILS = [
  'used by the Lisbon and Warsaw teams',
  'outputs reviewed weekly by a named analyst',
  'retrained every quarter on the last 18 months of data',
  'vendor contract renewed in March',
  'human approval required above the agreed threshold',
  'pilot limited to 5% of traffic',
  'logs kept for 13 months in the EU region',
  'bias tests run on gender and age bands',
  'fallback to the manual process if confidence is low',
  'decommission planned after the platform migration',
];
const OWNERS = ['Head of Credit Risk', 'Customer Service Lead', 'CISO', 'HR Director', 'Supply Chain Manager', 'CFO'];
const FIRST = ['Ana', 'Bruno', 'Chloé', 'Dariusz', 'Eva', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas'];
const LAST = ['Silva', 'Kowalski', 'Martin', 'Nowak', 'Schmidt', 'Rossi', 'Dubois', 'Jansen', 'Costa', 'Weber'];
const NAMES = ['Atlas', 'Beacon', 'Cirrus', 'Delta', 'Ember', 'Fjord', 'Garnet', 'Helix', 'Iris', 'Juniper'];
const STAGES = ['design', 'development', 'validation', 'deployed', 'retired'];
const ROLES = ['develops', 'provides', 'uses'];
const DATA = ['personal data', 'financial data', 'biometric data', 'employee data', 'telemetry', 'public data'];
const VENDORS = ['in-house model', 'hosted LLM API', 'open-weights model fine-tuned in-house', 'vendor scoring engine'];
const TIERS = ['minimal', 'limited', 'high', 'not assessed'];

/** mulberry32: a small seeded generator, enough to vary test data deterministically. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function buildRealisticWorkspace(marker = '', systemCount = 200) {
  const random = seededRandom(42001);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const isoDate = () =>
    new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 700) * 86_400_000).toISOString().slice(0, 10);
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const inventory = Array.from({ length: systemCount }, (_, index) => ({
    id: `sys-${String(index + 1).padStart(3, '0')}`,
    name: `${pick(NAMES)} ${pick(['Scoring', 'Assistant', 'Classifier', 'Forecaster', 'Extractor'])} ${index + 1}`,
    purpose: `${pick(PURPOSES)}; ${pick(DETAILS)}${marker}`,
    owner: `${person()} (${pick(OWNERS)})`,
    role: pick(ROLES),
    lifecycleStage: pick(STAGES),
    dataCategories: [pick(DATA), pick(DATA)],
    thirdPartyComponents: pick(VENDORS),
    euAiActTier: pick(TIERS),
    impactAssessment: { status: random() < 0.25 ? 'missing' : 'done', date: isoDate() },
    inScope: random() > 0.1,
  }));
  const soa = Array.from({ length: 38 }, (_, index) => {
    const applicable = random() > 0.15;
    return {
      control: `A.${Math.floor(index / 5) + 2}.${(index % 5) + 1}`,
      applicable,
      justification: applicable
        ? `Applicable: treats risks R-${Math.floor(random() * 90) + 10} and R-${Math.floor(random() * 90) + 10} from the AI risk assessment.`
        : `Excluded: ${pick(['we do not train models', 'no data is supplied to third parties', 'no AI system is offered to customers'])}; reviewed ${isoDate()}.`,
      status: pick(['not started', 'planned', 'partial', 'implemented']),
      owner: person(),
      evidence: [`EV-${Math.floor(random() * 500) + 1}`, `EV-${Math.floor(random() * 500) + 1}`],
    };
  });
  return { version: 1, name: 'Retail banking', updatedAt: '2026-11-30T10:00:00.000Z', inventory, soa };
}
