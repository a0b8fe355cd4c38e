import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSavedSystems } from '../../../src/lib/aiActCheck/savedSystems';
import {
  checkSystemTiers,
  mergeCheckIntoInventory,
  mergeCheckIntoWorkspace,
  type CheckSystemTier,
} from '../../../src/lib/workbench/checkMerge';
import { inventorySystemCount, scopingWithInventoryCount } from '../../../src/lib/workbench/inventory';
import { ordinarySystem } from '../../fixtures/aiActCheck/ordinarySystem';
import { milestones, tree } from '../aiActCheck/support';
import { system, workspace } from './builders';

const NOW = new Date('2026-11-20T10:00:00Z');
const counter = () => {
  let next = 0;
  return () => (next += 1) / 1000;
};

const check = (checkSystemId: string, overrides: Partial<CheckSystemTier> = {}): CheckSystemTier => ({
  checkSystemId,
  name: `Check ${checkSystemId}`,
  tier: 'high-risk',
  role: 'deployer',
  checkedOn: '2026-11-19',
  ...overrides,
});

describe('the EU AI Act check joins the inventory', () => {
  it('updates the tier of the record linked by id, even after a rename', () => {
    const linked = system('cv-screening', { name: 'Renamed screener', checkSystemId: 'chk-1' });
    const merge = mergeCheckIntoInventory([linked], [check('chk-1', { name: 'CV screening' })], NOW);
    expect(merge.updated).toEqual(['cv-screening']);
    expect(merge.systems).toHaveLength(1);
    expect(merge.systems[0]).toMatchObject({
      name: 'Renamed screener',
      euAiAct: { tier: 'high-risk', source: 'check', checkedOn: '2026-11-19' },
      updatedAt: NOW.toISOString(),
    });
  });

  it('links an unlinked record of the same name (ignoring case and spaces) and replaces a tier chosen by hand', () => {
    const byHand = system('hr', {
      name: 'CV  Screening ',
      euAiAct: { tier: 'minimal', source: 'manual', checkedOn: '' },
    });
    const merge = mergeCheckIntoInventory([byHand], [check('chk-1', { name: 'cv screening' })], NOW);
    expect(merge.linkedByName).toEqual(['chk-1']);
    expect(merge.systems[0]).toMatchObject({
      id: 'hr',
      checkSystemId: 'chk-1',
      euAiAct: { tier: 'high-risk', source: 'check' },
    });
  });

  it('changes nothing for a name shared by two unlinked records and reports it', () => {
    const twins = [system('a', { name: 'Chatbot' }), system('b', { name: 'chatbot' })];
    const merge = mergeCheckIntoInventory(twins, [check('chk-9', { name: 'Chatbot' })], NOW);
    expect(merge.ambiguous).toEqual(['chk-9']);
    expect(merge.systems).toEqual(twins);
  });

  it('adds a linked record for a system the inventory lacks, with the role in scoping words', () => {
    const merge = mergeCheckIntoInventory(
      [],
      [check('chk-2', { name: 'Credit scoring', role: 'deployer' })],
      NOW,
      counter(),
    );
    expect(merge.added).toHaveLength(1);
    expect(merge.systems[0]).toMatchObject({
      id: merge.added[0],
      name: 'Credit scoring',
      role: 'user',
      checkSystemId: 'chk-2',
      inScope: true,
      euAiAct: { tier: 'high-risk', source: 'check', checkedOn: '2026-11-19' },
    });
  });

  it('keeps a tier chosen by hand while the check is unfinished, but links the record', () => {
    const byHand = system('bot', {
      name: 'Chatbot',
      euAiAct: { tier: 'transparency', source: 'manual', checkedOn: '' },
    });
    const merge = mergeCheckIntoInventory([byHand], [check('chk-3', { name: 'Chatbot', tier: null, role: null })], NOW);
    expect(merge.systems[0]?.euAiAct).toEqual({ tier: 'transparency', source: 'manual', checkedOn: '' });
    expect(merge.systems[0]?.checkSystemId).toBe('chk-3');
  });

  it('leaves the workspace as it is when the check brings nothing new', () => {
    const current = system('cv', {
      checkSystemId: 'chk-1',
      euAiAct: { tier: 'high-risk', source: 'check', checkedOn: '2026-11-19' },
    });
    const before = workspace({ inventory: { systems: [current], changedAt: '2026-11-01T00:00:00.000Z' } });
    const { workspace: after, merge } = mergeCheckIntoWorkspace(before, [check('chk-1')], NOW);
    expect(after).toBe(before);
    expect(merge.updated).toEqual([]);
  });

  it('stamps the inventory change when the merge changed a tier', () => {
    const before = workspace({ inventory: { systems: [system('cv', { checkSystemId: 'chk-1' })], changedAt: '' } });
    const { workspace: after } = mergeCheckIntoWorkspace(before, [check('chk-1')], NOW);
    expect(after.inventory.changedAt).toBe(NOW.toISOString());
  });

  it('reads the tiers the check saved with each system, dated by the list’s save', () => {
    const tiers = checkSystemTiers({
      version: 2,
      savedAt: '2026-11-18T16:30:00.000Z',
      systems: [
        {
          id: 'bot',
          name: 'Chatbot',
          answers: {},
          outcome: { tier: 'transparency', provisional: false, reviewedOn: '2026-11-28' },
        },
        { id: 'draft', name: 'Not finished', answers: {}, outcome: null },
      ],
    });
    const saved = { checkedOn: '2026-11-18', savedAt: '2026-11-18T16:30:00.000Z', requested: false };
    expect(tiers).toEqual([
      { checkSystemId: 'bot', name: 'Chatbot', tier: 'transparency', role: null, ...saved },
      { checkSystemId: 'draft', name: 'Not finished', tier: null, role: null, ...saved },
    ]);
  });

  it('classifies again with the real tree when given it, which also gives the role', () => {
    const tiers = checkSystemTiers(
      {
        version: 2,
        savedAt: '2026-11-18T16:30:00.000Z',
        systems: [
          {
            id: 'hiring',
            name: 'CV screening',
            answers: { ...ordinarySystem, 'annex-iii': 'employment', profiling: 'yes' },
          },
          { id: 'draft', name: 'Not finished', answers: {} },
        ],
      },
      { tree, milestones },
    );
    const saved = { checkedOn: '2026-11-18', savedAt: '2026-11-18T16:30:00.000Z', requested: false };
    expect(tiers).toEqual([
      { checkSystemId: 'hiring', name: 'CV screening', tier: 'high-risk', role: 'provider', ...saved },
      { checkSystemId: 'draft', name: 'Not finished', tier: null, role: null, ...saved },
    ]);
  });

  it('joins a list the check saved before it kept outcomes (format 1) once classified again', () => {
    const raw = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/saved/ai-act-check-v1.json'), 'utf8');
    const decoded = decodeSavedSystems(raw.trim());
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(checkSystemTiers(decoded.value.value).every((entry) => entry.tier === null)).toBe(true);
    const merge = mergeCheckIntoInventory(
      [],
      checkSystemTiers(decoded.value.value, { tree, milestones }),
      NOW,
      counter(),
    );
    const screening = merge.systems.find((record) => record.name === 'CV screening');
    expect(screening).toMatchObject({
      checkSystemId: 'system-1',
      euAiAct: { tier: 'high-risk', source: 'check', checkedOn: '2026-12-01' },
    });
    expect(merge.added).toHaveLength(decoded.value.value.systems.length);
  });
});

describe('the scoping count from the inventory', () => {
  it('counts the systems in scope once the inventory has records', () => {
    const systems = [system('a'), system('b'), system('c', { inScope: false })];
    expect(inventorySystemCount(systems)).toBe(2);
    const scoping = { role: null, sizeBand: null, aiSystemCount: 9, euExposure: null };
    expect(scopingWithInventoryCount(scoping, systems).aiSystemCount).toBe(2);
  });

  it('leaves the scoping answer alone while the inventory is empty', () => {
    const scoping = { role: null, sizeBand: null, aiSystemCount: 9, euExposure: null };
    expect(inventorySystemCount([])).toBeNull();
    expect(scopingWithInventoryCount(scoping, [])).toBe(scoping);
  });
});
