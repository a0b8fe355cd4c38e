// npm run bench:handoff
// Sizes of a sealed hand-off for a realistic workspace (200 inventory records, 38 SoA controls):
// JSON, link length in both modes, and whether it fits an e-mail. Prints figures; it sets no target.
import { chooseHandoffCarrier } from '../src/lib/handoff/linkCarrier';
import { sealToFragment } from '../src/lib/handoff/fragment';
import { buildRealisticWorkspace } from './lib/bench/realisticWorkspace';

const ORIGIN_AND_PATH = 'https://www.example.com/assessment/#';
const workspace = buildRealisticWorkspace();
const json = JSON.stringify(workspace);
console.log(`[handoff] workspace JSON: ${json.length} characters`);
for (const [label, options] of [
  ['random key', {}],
  ['passphrase', { passphrase: 'orange-lantern-42' }],
] as const) {
  const link = ORIGIN_AND_PATH + (await sealToFragment(workspace, options));
  const { carrier, length, limit } = chooseHandoffCarrier(link);
  console.log(`[handoff] ${label}: link ${length} characters (e-mail limit ${limit}) → send as ${carrier}`);
}
// Smaller organizations: where the e-mail threshold falls (the workbench sends a file above it).
for (const systems of [5, 10, 25, 50]) {
  const link = ORIGIN_AND_PATH + (await sealToFragment(buildRealisticWorkspace('', systems)));
  const { carrier, length } = chooseHandoffCarrier(link);
  console.log(`[handoff] ${systems} systems, random key: link ${length} characters → send as ${carrier}`);
}
const small = {
  version: 1,
  answers: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`q${i + 1}`, 'partly'])),
};
const smallLink = ORIGIN_AND_PATH + (await sealToFragment(small));
console.log(`[handoff] answers only (40 questions), random key: link ${smallLink.length} characters`);
