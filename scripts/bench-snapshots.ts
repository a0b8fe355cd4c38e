// npx tsx scripts/bench-snapshots.ts [--runs 9]
// Snapshots of the large synthetic workspace (200 systems, 500 evidence items): how much one
// snapshot and the most a workspace keeps (MAX_SNAPSHOTS) add to the saved text, and how long
// taking, comparing and decoding take. Prints medians of several runs; it sets no target.
import { gzipSync } from 'node:zlib';
import type { Area } from '../src/lib/assessment/types';
import { compareSnapshots } from '../src/lib/workbench/snapshotComparison';
import { takeSnapshot } from '../src/lib/workbench/snapshots';
import { MAX_SNAPSHOTS } from '../src/lib/workbench/snapshotSchema';
import { decodeWorkspace, serializeWorkspace } from '../src/lib/workbench/workspaceFormat';
import { medianTime, runsFromArguments } from './lib/bench/medianTime';
import { readControls, syntheticQuestions, syntheticWorkspace } from './lib/bench/syntheticWorkspace';

const RUNS = runsFromArguments(process.argv.slice(2));

const time = <T>(work: () => T) => medianTime(work, RUNS);

const controls = readControls();
const questions = syntheticQuestions(controls);
const workspace = syntheticWorkspace(controls, questions);
const areaIds = [...new Set(questions.map((question) => question.area))];
const areas: Area[] = areaIds.map((id) => ({ id, kind: id.startsWith('A.') ? 'group' : 'clause', title: id }));
const content = { areas, questions, controls, contentVersion: '2026-11-28' };

const at = (index: number) => new Date(Date.UTC(2026, 0, 1 + index * 7, 9));
const take = time(() => takeSnapshot(workspace, content, 'Weekly review', at(0)));
const snapshots = Array.from({ length: MAX_SNAPSHOTS }, (_, index) => ({
  ...takeSnapshot(workspace, content, `Weekly review ${index + 1}`, at(index)),
  id: `snapshot-${index}`,
}));
const withSnapshots = { ...workspace, snapshots };
const bare = serializeWorkspace(workspace);
const full = serializeWorkspace(withSnapshots);
const one = JSON.stringify(snapshots[0]);
const compare = time(() => compareSnapshots(snapshots[0]!, snapshots[MAX_SNAPSHOTS - 1]!, content));
const decode = time(() => decodeWorkspace(full));
if (!decode.result.ok) throw new Error(`The workspace with snapshots does not validate: ${decode.result.reason}`);

const kb = (text: string) =>
  `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB (gzip -9 ${(gzipSync(text, { level: 9 }).length / 1024).toFixed(1)} KB)`;
const ms = (value: number) => `${value.toFixed(2)} ms`;
console.log(
  `Snapshots: ${questions.length} questions, ${controls.length} controls, ${workspace.evidence.items.length} evidence items (median of ${RUNS} runs, Node ${process.version})`,
);
console.log(`  one snapshot                 ${kb(one)}`);
console.log(`  workspace without snapshots  ${kb(bare)}`);
console.log(`  workspace with ${MAX_SNAPSHOTS}           ${kb(full)}  of a ~5,000,000-character localStorage quota`);
console.log(`  take a snapshot              ${ms(take.ms)}`);
console.log(`  compare two                  ${ms(compare.ms)}`);
console.log(`  decode with ${MAX_SNAPSHOTS} snapshots     ${ms(decode.ms)}`);
