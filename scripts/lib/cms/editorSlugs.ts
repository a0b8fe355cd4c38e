/**
 * File names the content editor proposes. This module runs in the browser (the editor's page), so
 * it takes only pure helpers: nothing from scaffold.ts, which writes files.
 */
import { slugify } from '../../../src/lib/slugs';

/** An update's file name without `.mdx`: the rule `npm run check` applies (updateRules.ts). */
export const UPDATE_SLUG = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Today in the editor's time zone, as the date prefix of a new update's file name. */
function localIsoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "EU AI Act: new guidelines" → "2026-12-02-eu-ai-act-new-guidelines", as npm run new:update names it. */
export function updateSlug(title: string, today: Date = new Date()): string {
  return `${localIsoDate(today)}-${slugify(title)}`;
}
