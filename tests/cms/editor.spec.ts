import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { updateSlug } from '../../scripts/lib/cms/editorSlugs';
import { faqSchema } from '../../src/schemas/pages';
import { updateSchema } from '../../src/schemas/guidance';
import { addListItem, checkProblemsIn, frontmatterOf, openEditor, screenshot, textField } from './support/editor';
import { restoreContent } from './support/contentFolder';

test.afterAll(restoreContent);

// The dev server reloads the editor's page whenever content/ changes (a save does). If Keystatic
// still counts an edit as unsaved then, its "leave this page?" prompt would be dismissed, which
// cancels the reload and later leaves the page unable to close (a teardown once waited five
// minutes): every prompt in these tests is accepted. Each test's pages are emptied before the
// context closes, within a bound, so no page is mid-reload with its hot-reload socket open.
test.beforeEach(({ context }) => {
  context.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
});
test.afterEach(async ({ context }) => {
  for (const open of context.pages()) {
    await open.goto('about:blank', { timeout: 30_000 }).catch(() => undefined);
  }
});

/** The file's frontmatter once it is fully written: a half-written file reads as "not yet". */
const writtenFrontmatter = (file: string) => {
  try {
    return existsSync(file) ? frontmatterOf(file) : null;
  } catch {
    return null;
  }
};

const TITLE = 'Commission publishes draft guidance on serious incidents';
const DESCRIPTION =
  'The Commission asks for comments on how providers should report serious incidents of high-risk AI systems.';

test('a draft update written in the editor is saved to content/updates/, passes the check and previews', async ({
  page,
  context,
}) => {
  await openEditor(page, '/keystatic/collection/updates/create', (editor) => textField(editor, 'Title'));
  await textField(page, 'Title').fill(TITLE);
  await textField(page, 'Description').fill(DESCRIPTION);
  await page.getByLabel(/^Publish date/).fill('2026-12-01');
  await addListItem(page, 'Tags', (dialog) => textField(dialog, 'Tags').fill('eu-ai-act'));
  await page.getByRole('checkbox', { name: /^Draft/ }).check();
  await addListItem(page, 'Sources', async (dialog) => {
    await textField(dialog, 'Title').fill('Regulation (EU) 2024/1689 (AI Act)');
    await textField(dialog, 'Publisher').fill('European Union');
    await textField(dialog, 'Url').fill('https://eur-lex.europa.eu/eli/reg/2024/1689/oj');
  });
  await page.locator('[contenteditable="true"]').first().click();
  await page.keyboard.type('The Commission has opened a consultation on serious incident reporting.');
  await screenshot(page, 'cms-1-new-update');
  await page.getByRole('button', { name: 'Create' }).click();

  const slug = updateSlug(TITLE);
  const file = `content/updates/${slug}.mdx`;
  await expect.poll(() => writtenFrontmatter(file)?.['title'], { timeout: 30_000 }).toBe(TITLE);
  const frontmatter = updateSchema.parse(frontmatterOf(file));
  expect(frontmatter).toMatchObject({ title: TITLE, description: DESCRIPTION, draft: true, tags: ['eu-ai-act'] });
  expect(frontmatter.publishDate.toISOString().slice(0, 10)).toBe('2026-12-01');
  expect(readFileSync(file, 'utf8')).toContain('consultation on serious incident reporting');
  expect(checkProblemsIn(file)).toEqual([]);

  // The entry's menu opens the dev server's own page for the saved file. Keystatic moves to the
  // entry's page after creating it, but the dev server reloads the editor's page when it sees the new
  // file, sometimes before that move, and a reload keeps the form's address. The entry's own address,
  // opened in a tab of its own, stays where it is whatever reloads.
  const entry = await context.newPage();
  await page.goto('about:blank').catch(() => undefined);
  // A reload during this navigation interrupts it, but at the same address: the button is what counts.
  await entry.goto(`/keystatic/collection/updates/item/${slug}`).catch(() => undefined);
  const previewButton = entry.getByRole('toolbar').getByRole('button', { name: 'Preview' });
  await expect(previewButton).toBeVisible();
  await screenshot(entry, 'cms-2-saved-update');
  const [preview] = await Promise.all([context.waitForEvent('page'), previewButton.click()]);
  await expect(preview).toHaveURL(new RegExp(`/updates/${slug}/$`));
  await expect(preview.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(preview.getByText('Draft', { exact: true }).first()).toBeVisible();
  await screenshot(preview, 'cms-3-preview');
});

test('an FAQ answer edited in the editor is saved to faq.yaml and passes the check', async ({ page, context }) => {
  const faqFile = 'content/data/faq.yaml';
  const before = faqSchema.parse(parse(readFileSync(faqFile, 'utf8')));
  const first = before.items[0]!;
  await openEditor(page, '/keystatic/singleton/faq', (editor) => editor.getByText(first.question).first());
  await page.getByText(first.question).first().click();
  const dialog = page.getByRole('dialog');
  const addition = ' Ask your customers which evidence they expect.';
  const answer = textField(dialog, 'Answer');
  await answer.fill(`${first.answer}${addition}`);
  await screenshot(page, 'cms-4-faq-answer');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Save' }).click();

  await expect
    // The file may be caught half-written: an unreadable moment is "not yet", not a failure.
    .poll(() => faqSchema.safeParse(parse(readFileSync(faqFile, 'utf8'))).data?.items[0]?.answer, { timeout: 30_000 })
    .toBe(`${first.answer}${addition}`);
  const after = faqSchema.parse(parse(readFileSync(faqFile, 'utf8')));
  expect(after.items.map((item) => item.question)).toEqual(before.items.map((item) => item.question));
  expect(checkProblemsIn(faqFile)).toEqual([]);
  // The editor's page reloads when the dev server sees the saved file, so the site opens in its own tab.
  const site = await context.newPage();
  await site.goto('/faq/');
  await expect(site.getByText('Ask your customers which evidence they expect.')).toBeVisible();
});
