import { describe, expect, it } from 'vitest';
import { decodeWorkspace, serializeWorkspace } from '../../../src/lib/workbench/workspaceFormat';
import {
  MAX_WORKSPACE_IMPORT_BYTES,
  WORKSPACE_EXPORT_FORMAT,
  parseWorkspaceImportFile,
} from '../../../src/lib/workbench/workspaceTransfer';
import { evidence, system, workspace } from './builders';

/** A workspace as JSON.parse gives it, so each case can break any field. */
type Json = ReturnType<typeof JSON.parse>;

/** The reason a workspace (changed by `edit` as plain JSON) is refused. */
function refusal(edit: (value: Json) => void): string {
  const value = JSON.parse(
    serializeWorkspace(
      workspace({
        inventory: { systems: [system('a'), system('b')], changedAt: '' },
        evidence: { items: [evidence('e1')] },
      }),
    ),
  );
  edit(value);
  const decoded = decodeWorkspace(JSON.stringify(value));
  if (decoded.ok) throw new Error('expected a refusal');
  return decoded.reason;
}

describe('workspace validation', () => {
  it.each([
    [
      'an unknown tier',
      (v: Json) => (v.inventory.systems[1].euAiAct.tier = 'very-high'),
      'inventory.systems[2].euAiAct.tier must be one of out-of-scope, minimal',
    ],
    [
      'an empty system name',
      (v: Json) => (v.inventory.systems[0].name = '  '),
      'inventory.systems[1].name must not be empty',
    ],
    [
      'a name of 121 characters',
      (v: Json) => (v.inventory.systems[0].name = 'x'.repeat(121)),
      'inventory.systems[1].name must have at most 120 characters',
    ],
    [
      'an impossible review date',
      (v: Json) => (v.evidence.items[0].reviewBy = '2027-02-30'),
      'evidence.items[1].reviewBy must be a date written YYYY-MM-DD',
    ],
    [
      'a control that does not exist',
      (v: Json) => (v.evidence.items[0].controlIds = ['B.1']),
      'evidence.items[1].controlIds[1] must be an Annex A control ID',
    ],
    ['two systems with one id', (v: Json) => (v.inventory.systems[1].id = 'a'), 'inventory.systems holds "a" twice'],
    [
      'in scope as text',
      (v: Json) => (v.inventory.systems[0].inScope = 'yes'),
      'inventory.systems[1].inScope must be true or false',
    ],
    [
      'a bad answer',
      (v: Json) => (v.assessment.answers.scope = { status: 'yes' }),
      'assessment.answers.scope.status must be one of',
    ],
    ['no inventory', (v: Json) => delete v.inventory, 'inventory must be an object'],
    ['a newer version', (v: Json) => (v.version = 4), 'format version 4, newer than this page reads (3)'],
  ])('refuses %s with a reason that names the field', (_name, edit, reason) => {
    expect(refusal(edit)).toContain(reason);
  });

  it('refuses an import that is too large before reading it, keeping the workspace', () => {
    const result = parseWorkspaceImportFile('{}', MAX_WORKSPACE_IMPORT_BYTES + 1, 'x');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/larger than 4 MB.*has not been changed/) });
  });

  it('refuses a file of another tool and a damaged file', () => {
    const other = JSON.stringify({ format: 'iso42001-quote-estimate', version: 1 });
    expect(parseWorkspaceImportFile(other, other.length, 'x')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not an export of this/),
    });
    const damaged = JSON.stringify({
      format: WORKSPACE_EXPORT_FORMAT,
      ...workspace(),
      evidence: { items: [{ id: 'NOT OK' }] },
    });
    expect(parseWorkspaceImportFile(damaged, damaged.length, 'x')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^The file is damaged: evidence\.items\[1\]\.id must be an id/),
    });
  });
});
