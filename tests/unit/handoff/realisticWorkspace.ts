/**
 * A workspace-sized JSON value for hand-off tests: 200 inventory records of 10 fields and 38 SoA
 * controls, written as people write them (repeated vocabulary, dates, free-text reasons), so its
 * compressed size is realistic. Deterministic: same value on every run.
 */
const PURPOSES = [
  'Scores incoming loan applications for manual review',
  'Summarises customer support tickets for agents',
  'Detects fraudulent card transactions in near real time',
  'Ranks candidate CVs against open job descriptions',
  'Forecasts warehouse demand per product line',
  'Transcribes and classifies recorded sales calls',
];
const OWNERS = ['Head of Credit Risk', 'Customer Service Lead', 'CISO', 'HR Director', 'Supply Chain Manager'];
const STAGES = ['design', 'development', 'validation', 'deployed', 'retired'];
const ROLES = ['develops', 'provides', 'uses'];
const DATA = ['personal data', 'financial data', 'biometric data', 'employee data', 'telemetry'];
const VENDORS = ['in-house model', 'hosted LLM API', 'open-weights model fine-tuned in-house', 'vendor scoring engine'];
const TIERS = ['minimal', 'limited', 'high', 'not assessed'];

function pick<T>(list: readonly T[], seed: number): T {
  return list[seed % list.length] as T;
}

function isoDate(dayOffset: number): string {
  return new Date(Date.UTC(2026, 0, 1) + dayOffset * 86_400_000).toISOString().slice(0, 10);
}

export function buildRealisticWorkspace(marker = '') {
  const inventory = Array.from({ length: 200 }, (_, index) => ({
    id: `sys-${String(index + 1).padStart(3, '0')}`,
    name: `${pick(['Atlas', 'Beacon', 'Cirrus', 'Delta', 'Ember', 'Fjord', 'Garnet'], index * 7)} ${index + 1}`,
    purpose: `${pick(PURPOSES, index)}${marker}`,
    owner: pick(OWNERS, index * 3),
    role: pick(ROLES, index),
    lifecycleStage: pick(STAGES, index * 5),
    dataCategories: [pick(DATA, index), pick(DATA, index + 2)],
    thirdPartyComponents: pick(VENDORS, index * 11),
    euAiActTier: pick(TIERS, index * 13),
    impactAssessment: { status: index % 4 === 0 ? 'missing' : 'done', date: isoDate(index) },
    inScope: index % 9 !== 0,
  }));
  const soa = Array.from({ length: 38 }, (_, index) => ({
    control: `A.${Math.floor(index / 5) + 2}.${(index % 5) + 1}`,
    applicable: index % 7 !== 3,
    justification:
      index % 7 === 3
        ? `Excluded: the organization does not ${pick(['train models', 'supply data to third parties', 'operate in the public sector'], index)}.`
        : 'Applicable: needed to treat risks found in the AI risk assessment.',
    status: pick(['not started', 'planned', 'partial', 'implemented'], index),
    owner: pick(OWNERS, index),
    evidence: [`EV-${index * 3 + 1}`, `EV-${index * 3 + 2}`],
  }));
  return { version: 1, name: 'Retail banking', updatedAt: '2026-11-30T10:00:00.000Z', inventory, soa };
}
