import { describe, expect, it } from 'vitest';
import { inventoryCsvText, parseInventoryCsv } from '../../../src/lib/workbench/inventoryCsv';
import { buildInventoryJson, parseInventoryJson, readInventoryFile } from '../../../src/lib/workbench/inventoryFile';
import { system } from './builders';

const NOW = new Date('2026-11-20T10:00:00Z');
const stamped = { updatedAt: NOW.toISOString() };
const counter = () => {
  let next = 0;
  return () => (next += 1) / 1000;
};

function imported(text: string) {
  const result = parseInventoryCsv(text, NOW, new Set(), counter());
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.systems;
}

function problems(text: string) {
  const result = parseInventoryCsv(text, NOW, new Set(), counter());
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result).not.toHaveProperty('systems');
  return result.problems;
}

describe('inventory CSV round trip', () => {
  it('gives back every field, including commas, quotes, line breaks and formula-looking text', () => {
    const systems = [
      system('bot', {
        ...stamped,
        name: 'Chatbot, "Billy"',
        purpose: '=1+1 is not a formula here,\nand neither is -5% churn',
        owner: '@support-team',
        dataCategories: ['contact data', '+personal data'],
        thirdPartyComponents: ['OpenAI GPT-4o'],
        euAiAct: { tier: 'transparency', source: 'check', checkedOn: '2026-11-18' },
        checkSystemId: 'chk-1',
      }),
      system('cv', {
        ...stamped,
        role: null,
        lifecycleStage: null,
        euAiAct: { tier: null, source: 'manual', checkedOn: '' },
        inScope: false,
        scopeReason: 'Retired in 2025',
      }),
    ];
    expect(imported(inventoryCsvText(systems))).toEqual(systems);
  });
});

describe('inventory CSV parser', () => {
  it('reads a UTF-8 BOM, CRLF, doubled quotes and a line break inside a quoted value', () => {
    const text = '\uFEFFID,Name,Purpose,In scope\r\nbot,Chatbot,"Answers questions\r\nabout ""billing""",yes\r\n';
    const [bot] = imported(text);
    expect(bot).toMatchObject({
      id: 'bot',
      name: 'Chatbot',
      purpose: 'Answers questions\nabout "billing"',
      inScope: true,
    });
  });

  it('fills what a short file leaves out, and gives a row without ID a new one', () => {
    const [row] = imported('Name\nInvoice OCR\n\n');
    expect(row).toMatchObject({
      name: 'Invoice OCR',
      role: null,
      euAiAct: { tier: null, source: 'manual', checkedOn: '' },
      impactAssessment: { status: 'not-started', date: '' },
      inScope: true,
      updatedAt: NOW.toISOString(),
    });
    expect(row?.id).toMatch(/^system-[a-z0-9]+$/);
  });

  it('takes formula-looking cells back as text: our apostrophe removed, a raw formula kept as typed', () => {
    const text = 'Name,Purpose,Owner\n"\'=SUM(A1:A2)","=HYPERLINK(""http://x.example"",""click"")","team; \'@ops"\n';
    const [row] = imported(text);
    expect(row).toMatchObject({
      name: '=SUM(A1:A2)',
      purpose: '=HYPERLINK("http://x.example","click")',
      owner: 'team; @ops',
    });
    expect(inventoryCsvText([row!]).split('\r\n')[1]).toContain(`"'=HYPERLINK(""http://x.example"",""click"")"`);
  });

  it('reads a file saved with semicolons by a spreadsheet in a European locale', () => {
    const [row] = imported('Name;Our role;EU AI Act tier\nCredit scoring;user;high-risk\n');
    expect(row).toMatchObject({ name: 'Credit scoring', role: 'user', euAiAct: { tier: 'high-risk' } });
  });

  it('reports each bad row on the physical line it starts on, after a value spanning lines', () => {
    const text = [
      'ID,Name,Purpose,In scope,EU AI Act tier,Impact assessment date',
      'bot,Chatbot,"Line one',
      'line two",yes,minimal,2026-10-01',
      'cv,CV screening,Ranks CVs,maybe,high-risk,2026-10-01',
      'ocr,Invoice OCR,Reads invoices,yes,High risk,2026-10-01',
      'scan,Scanner,Finds defects,no,minimal,31/12/2026',
      'leap,Forecast,Plans stock,no,minimal,2026-02-29',
    ].join('\n');
    expect(problems(text)).toEqual([
      { line: 4, message: 'In scope "maybe" must be yes or no' },
      {
        line: 5,
        message:
          'EU AI Act tier "High risk" is not one of out-of-scope, minimal, transparency, gpai, gpai-systemic, high-risk, prohibited',
      },
      { line: 6, message: 'Impact assessment date "31/12/2026" is not a date written YYYY-MM-DD' },
      { line: 7, message: 'Impact assessment date "2026-02-29" is not a date written YYYY-MM-DD' },
    ]);
  });

  it('imports nothing when one row of many is bad', () => {
    const rows = Array.from({ length: 20 }, (_, index) => `Good ${index},user`);
    rows.splice(12, 0, 'Bad one,owner');
    expect(problems(['Name,Our role', ...rows].join('\r\n'))).toEqual([
      { line: 14, message: 'Our role "owner" is not one of developer, provider, user' },
    ]);
  });

  it('reports a name that is empty or too long, a duplicate ID and a bad list item with their columns', () => {
    const text = [
      'ID,Name,Data categories',
      `a,${'x'.repeat(121)},`,
      'b,  ,',
      'c,Fine,',
      'c,Twin,',
      `d,Tags,${'y'.repeat(121)}`,
    ].join('\n');
    expect(problems(text)).toEqual([
      { line: 2, message: 'Name must have at most 120 characters' },
      { line: 3, message: 'Name must not be empty' },
      { line: 5, message: 'ID "c" is already used on line 4' },
      { line: 6, message: 'Data categories must have at most 120 characters' },
    ]);
  });

  it('refuses an unknown column, a missing Name column, an unclosed quote and extra values', () => {
    expect(problems('Name,Colour\nBot,blue\n')[0]).toMatchObject({
      line: 1,
      message: expect.stringMatching(/^Unknown column "Colour"/),
    });
    expect(problems('ID,Owner\nbot,me\n')).toEqual([{ line: 1, message: 'The header has no "Name" column' }]);
    expect(problems('Name,Purpose\nBot,ok\nScanner,"never closed\nstill open\n')).toEqual([
      { line: 3, message: 'The file is not valid CSV: a quoted value is not closed' },
    ]);
    expect(problems('Name\nBot,surprise\n')).toEqual([
      { line: 2, message: 'The row has 2 values; the header has 1 columns' },
    ]);
  });
});

describe('inventory JSON file', () => {
  it('round-trips through the versioned file format', () => {
    const systems = [system('bot'), system('cv')];
    expect(parseInventoryJson(buildInventoryJson(systems, NOW))).toEqual({ ok: true, systems });
  });

  it('refuses another tool’s file, a newer version and a duplicate id', () => {
    const refusal = (value: unknown) => {
      const result = parseInventoryJson(JSON.stringify(value));
      return result.ok ? '' : result.problems[0]?.message;
    };
    expect(refusal({ format: 'something-else', version: 1, systems: [] })).toMatch(
      /format is not an AI system inventory export/,
    );
    expect(refusal({ format: 'iso42001-ai-system-inventory', version: 2, systems: [] })).toMatch(/version 2, newer/);
    expect(
      refusal({ format: 'iso42001-ai-system-inventory', version: 1, systems: [system('a'), system('a')] }),
    ).toMatch(/"a" twice/);
  });

  it('reads a chosen file as CSV or JSON by its name', async () => {
    const csv = await readInventoryFile(new File(['Name\nChatbot\n'], 'inventory.csv'), NOW);
    expect(csv.ok && csv.systems[0]?.name).toBe('Chatbot');
    const json = await readInventoryFile(new File([buildInventoryJson([system('bot')])], 'inventory.json'), NOW);
    expect(json.ok && json.systems[0]?.id).toBe('bot');
    const huge = await readInventoryFile(new File(['x'.repeat(3 * 1024 * 1024)], 'big.csv'), NOW);
    expect(huge).toEqual({
      ok: false,
      problems: [{ line: null, message: 'The file cannot be used: the file is larger than 2048 KB' }],
    });
  });
});
