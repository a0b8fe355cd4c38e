// npx tsx scripts/bench-workbench.ts [--runs 9]
// The readiness workbench at the size of a large organization (200 AI systems, 500 evidence
// items, 38 edited SoA rows, three approved versions): how big the saved workspace is and how long
// the logic an edit re-runs takes. Prints medians of several runs; it sets no target.
import { gzipSync } from 'node:zlib';
import { prioritizeGaps } from '../src/lib/assessment/gaps';
import { deriveStatementOfApplicability } from '../src/lib/assessment/statementOfApplicability';
import { controlEvidenceStates } from '../src/lib/workbench/evidence';
import { evidenceFigures } from '../src/lib/workbench/evidenceRegister';
import { workbenchGaps } from '../src/lib/workbench/gaps';
import { inventoryCsvText, parseInventoryCsv } from '../src/lib/workbench/inventoryCsv';
import { lastScopeChange, soaFindings, soaWorkRows } from '../src/lib/workbench/soa';
import { soaChangeLog } from '../src/lib/workbench/soaVersions';
import { decodeWorkspace, serializeWorkspace } from '../src/lib/workbench/workspaceFormat';
import { medianTime, runsFromArguments } from './lib/bench/medianTime';
import { readControls, syntheticQuestions, syntheticWorkspace } from './lib/bench/syntheticWorkspace';

const RUNS = runsFromArguments(process.argv.slice(2));
const TODAY = '2026-11-20';

const time = <T>(work: () => T) => medianTime(work, RUNS);

const controls = readControls();
const questions = syntheticQuestions(controls);
const workspace = syntheticWorkspace(controls, questions);

const text = serializeWorkspace(workspace);
const bytes = Buffer.byteLength(text, 'utf8');
const gzipBytes = gzipSync(text, { level: 9 }).length;

const serialize = time(() => serializeWorkspace(workspace));
const decode = time(() => decodeWorkspace(text));
if (!decode.result.ok) throw new Error(`The synthetic workspace does not validate: ${decode.result.reason}`);
const answersOnly = JSON.stringify({
  version: 2,
  savedAt: workspace.updatedAt,
  contentVersion: '2026-11-28',
  step: 'results',
  scoping: workspace.assessment.scoping,
  answers: workspace.assessment.answers,
});
const migrate = time(() => decodeWorkspace(answersOnly));

const derive = time(() => {
  const { scoping, answers } = workspace.assessment;
  const draft = deriveStatementOfApplicability(controls, questions, answers, scoping.role);
  const rows = soaWorkRows(draft, workspace.soa.entries);
  const findings = soaFindings(rows, lastScopeChange(workspace));
  const states = controlEvidenceStates(
    rows.map((row) => row.controlId),
    workspace.evidence.items,
    TODAY,
    rows,
  );
  const figures = evidenceFigures(draft, rows, workspace.evidence.items, TODAY);
  const gaps = workbenchGaps({
    rows,
    soaInUse: true,
    questions,
    scoping,
    items: workspace.evidence.items,
    systems: workspace.inventory.systems,
    today: TODAY,
  });
  const questionGaps = prioritizeGaps(questions, answers, scoping);
  return { findings, states, figures, gaps, questionGaps, log: soaChangeLog(workspace.soa.versions) };
});

const csvExport = time(() => inventoryCsvText(workspace.inventory.systems));
const csvParse = time(() => parseInventoryCsv(csvExport.result, new Date(TODAY)));
if (!csvParse.result.ok)
  throw new Error(`The inventory CSV does not read back: ${JSON.stringify(csvParse.result.problems[0])}`);

const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;
console.log(
  `Readiness workbench: ${workspace.inventory.systems.length} systems, ${workspace.evidence.items.length} evidence items, ${workspace.soa.versions.length} approved SoA versions, ${questions.length} answers (median of ${RUNS} runs, Node ${process.version})`,
);
console.log(
  `  saved workspace          ${kb(bytes)} (${text.length.toLocaleString('en')} characters of a ~5,000,000 localStorage quota), gzip -9 ${kb(gzipBytes)}`,
);
console.log(`  serialize (each save)    ${ms(serialize.ms)}`);
console.log(`  validate (decode)        ${ms(decode.ms)}  parse JSON, check every field`);
console.log(`  migrate answers v2 → v3  ${ms(migrate.ms)}`);
console.log(
  `  derive                   ${ms(derive.ms)}  draft SoA, rows, findings, evidence states and figures, gaps, change log (${derive.result.gaps.length} workbench gaps, ${derive.result.findings.length} SoA flags)`,
);
console.log(`  inventory CSV export     ${ms(csvExport.ms)}  ${kb(Buffer.byteLength(csvExport.result))}`);
console.log(`  inventory CSV parse      ${ms(csvParse.ms)}  ${csvParse.result.systems.length} rows`);
