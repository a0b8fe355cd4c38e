// The content editor (Keystatic) as a marketing editor sees it: fields by their labels, list items
// added through their dialog, and the saved file read back from content/.
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { checkContentFiles } from '../../../scripts/lib/contentCheck/checkContentFiles';

/** Opens an editor screen and waits until Keystatic has drawn it (its first load bundles code). */
export async function openEditor(page: Page, path: string, ready: (page: Page) => Locator): Promise<void> {
  await page.goto(path);
  await expect(ready(page)).toBeVisible({ timeout: 180_000 });
}

/** A text field by the start of its label ("Title" also matches Keystatic's "Title*"). */
export const textField = (scope: Page | Locator, label: string) =>
  scope.getByRole('textbox', { name: new RegExp(`^${label}`) }).first();

/** Adds one item to a list field ("Tags", "Sources") through its "Add item" dialog. */
export async function addListItem(page: Page, list: string, fill: (dialog: Locator) => Promise<void>) {
  await page
    .getByRole('group', { name: new RegExp(`^${list}`) })
    .getByRole('button', { name: 'Add' })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await fill(dialog);
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog).toBeHidden();
}

/** The frontmatter of an MD/MDX file as data. */
export function frontmatterOf(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match?.[1]) throw new Error(`${file} has no frontmatter`);
  return parse(match[1]);
}

/** What `npm run check`'s content stage says about one file, as its printed lines. */
export function checkProblemsIn(file: string): string[] {
  return checkContentFiles(process.cwd())
    .problems.filter((problem) => problem.file === file)
    .map((problem) => `${problem.file}:${problem.line}  ${problem.what}  ${problem.expected}`);
}

/** Saves a screenshot for CONTRIBUTING.md when CMS_SCREENSHOTS names a folder (docs/screenshots). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.CMS_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png` });
}
