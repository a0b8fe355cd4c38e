/**
 * Which schema validates which file in content/, read from the collections table that
 * src/content.config.ts builds the site's collections from (src/schemas/collections.ts).
 */
import { DATA_FILES, PAGE_FOLDERS, SETTINGS } from '../../../src/schemas/collections';
import type { ContentSchema } from './validateSource';

export const SETTINGS_FILE: string = SETTINGS.file;

const tableSchema = (table: Record<string, ContentSchema>, name: string): ContentSchema | undefined =>
  Object.hasOwn(table, name) ? table[name] : undefined;

/**
 * The schema of a file (a project-relative path with "/"), or undefined when the site does not
 * read it. `settingsFile` is the settings file in use (SITE_SETTINGS can name another one).
 */
export function schemaFor(file: string, settingsFile = SETTINGS_FILE): ContentSchema | undefined {
  if (file === settingsFile || file === SETTINGS_FILE) return SETTINGS.schema;
  const page = /^content\/([^/]+)\/(?:[^/]+\/)*[^_/][^/]*\.mdx?$/.exec(file);
  if (page) return tableSchema(PAGE_FOLDERS, page[1]!);
  const data = /^content\/data\/([^/]+)\.yaml$/.exec(file);
  return data ? tableSchema(DATA_FILES, data[1]!) : undefined;
}
