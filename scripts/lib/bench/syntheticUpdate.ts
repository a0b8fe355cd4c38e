// Synthetic news updates for the benchmark: realistic length and structure, valid frontmatter,
// varied wording so the search index grows the way real articles make it grow.

export interface SyntheticUpdate {
  /** File name inside content/updates/, e.g. 2026-10-31-bench-update-0001.mdx. */
  fileName: string;
  /** The whole MDX file: frontmatter and body. */
  source: string;
}

const TAGS = ['iso-42001', 'eu-ai-act', 'nist-ai-rmf', 'risk-management', 'audit', 'data-quality', 'governance'];

const TOPICS = [
  'impact assessment',
  'model monitoring',
  'supplier oversight',
  'data provenance',
  'incident response',
  'internal audit',
  'management review',
  'risk treatment',
  'human oversight',
  'documentation control',
  'competence and training',
  'change management',
];

const SUBJECTS = [
  'The AI governance lead',
  'An internal auditor',
  'The risk owner',
  'A product team',
  'The data steward',
  'Top management',
  'The certification body',
  'A supplier manager',
];

const ACTIONS = [
  'records the decision and the evidence behind it',
  'reviews the outcome against the stated objective',
  'checks that the control operates as designed',
  'links the finding to a corrective action with an owner',
  'compares the result with the previous review period',
  'explains the residual risk in plain language',
  'keeps the record where the audit team can find it',
  'confirms the scope still matches the systems in use',
];

const QUALIFIERS = [
  'before the next surveillance audit',
  'whenever a model is retrained',
  'at least once a quarter',
  'after every significant incident',
  'when a new supplier is onboarded',
  'as part of the annual management review',
  'before a system goes live',
  'each time the intended use changes',
];

// Suffixed with a number so that, like real articles, updates bring new words to the search index.
const EXTRA_WORDS = [
  'traceability',
  'accountability',
  'robustness',
  'transparency',
  'explainability',
  'fairness',
  'retention',
  'lineage',
  'calibration',
  'escalation',
  'segregation',
  'attestation',
  'benchmarking',
  'thresholds',
  'sampling',
  'drift',
];

/** Small deterministic generator (mulberry32) so two runs build exactly the same site. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}

function sentence(random: () => number, serial: number): string {
  const extra = `${pick(EXTRA_WORDS, random)}${serial % 997}`;
  return `${pick(SUBJECTS, random)} ${pick(ACTIONS, random)} ${pick(QUALIFIERS, random)}, with attention to ${pick(TOPICS, random)} and ${extra}.`;
}

function paragraph(random: () => number, serial: number, sentences: number): string {
  return Array.from({ length: sentences }, (_, index) => sentence(random, serial + index)).join(' ');
}

/** Publication date `index` days before `newest`, as YYYY-MM-DD. */
export function publishDateFor(index: number, newest: Date): string {
  const date = new Date(Date.UTC(newest.getUTCFullYear(), newest.getUTCMonth(), newest.getUTCDate() - index));
  return date.toISOString().slice(0, 10);
}

/** Counts the words a reader sees in a Markdown body (link targets and list markers are not words). */
export function countWords(markdown: string): number {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split(/\s+/)
    .filter((word) => /[A-Za-z]/.test(word)).length;
}

/** The control ID for a control page slug: "a-6-2-8" -> "A.6.2.8". */
function controlIdFromSlug(slug: string): string {
  return slug.toUpperCase().replaceAll('-', '.');
}

/**
 * Update number `index` (0 = newest) of about 600 words, with headings, a bulleted and a numbered
 * list and a link to a control page. `controlSlugs` must name existing controls: the build checks links.
 */
export function syntheticUpdate(
  index: number,
  controlSlugs: readonly string[],
  newest: Date = new Date(Date.UTC(2026, 10, 1)),
): SyntheticUpdate {
  const control = controlSlugs[index % controlSlugs.length];
  if (control === undefined) throw new Error('syntheticUpdate needs at least one control slug to link to');
  const random = seededRandom(index + 1);
  const serial = index * 37;
  const number = String(index + 1).padStart(4, '0');
  const date = publishDateFor(index, newest);
  const topic = pick(TOPICS, random);
  const tags = [...new Set([pick(TAGS, random), pick(TAGS, random)])];

  const frontmatter = [
    '---',
    `title: "Benchmark note ${number}: ${topic} in practice"`,
    `description: "Synthetic update ${number} for the build benchmark: how one team handled ${topic} and what the auditor asked to see."`,
    `publishDate: ${date}`,
    'tags:',
    ...tags.map((tag) => `  - "${tag}"`),
    'draft: false',
    'sources:',
    '  - { title: "ISO/IEC 42001:2023", publisher: "ISO", url: "https://www.iso.org/standard/42001" }',
    '---',
  ];

  const bulleted = Array.from({ length: 4 }, (_, item) => `- ${sentence(random, serial + 10 + item)}`);
  const numbered = Array.from({ length: 3 }, (_, item) => `${item + 1}. ${sentence(random, serial + 20 + item)}`);
  const body = [
    paragraph(random, serial, 5),
    `## Why ${topic} matters`,
    paragraph(random, serial + 5, 3),
    `Read the guidance on [control ${controlIdFromSlug(control)}](/controls/${control}/) before you plan the work.`,
    '## What the team did',
    bulleted.join('\n'),
    paragraph(random, serial + 14, 3),
    '## Steps that worked',
    numbered.join('\n'),
    '### What the auditor asked for',
    paragraph(random, serial + 23, 3),
    '## What we would do differently',
    paragraph(random, serial + 26, 3),
  ];

  return {
    fileName: `${date}-bench-update-${number}.mdx`,
    source: `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n`,
  };
}
