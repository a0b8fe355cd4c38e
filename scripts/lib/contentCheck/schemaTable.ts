/**
 * Which schema validates which file in content/: the same table as src/content.config.ts,
 * which cannot be imported outside Astro. Keep the two in step when a collection is added.
 */
import { assessmentSchema } from '../../../src/schemas/assessment';
import {
  clauseSchema,
  controlSchema,
  industrySchema,
  platformSchema,
  serviceSchema,
  updateSchema,
} from '../../../src/schemas/guidance';
import {
  certificationSchema,
  compareSchema,
  costsSchema,
  faqSchema,
  homeSchema,
  mistakesSchema,
} from '../../../src/schemas/pages';
import { pricingSchema } from '../../../src/schemas/pricing';
import { settingsSchema } from '../../../src/schemas/settings';
import { standardSchema } from '../../../src/schemas/standard';
import type { ContentSchema } from './validateSource';

/** Folders of one MD/MDX page per file. */
export const PAGE_FOLDERS: Record<string, ContentSchema> = {
  controls: controlSchema,
  clauses: clauseSchema,
  industries: industrySchema,
  platforms: platformSchema,
  services: serviceSchema,
  updates: updateSchema,
};

/** Files in content/data/, by name without `.yaml`. */
export const DATA_FILES: Record<string, ContentSchema> = {
  standard: standardSchema,
  home: homeSchema,
  costs: costsSchema,
  compare: compareSchema,
  certification: certificationSchema,
  mistakes: mistakesSchema,
  faq: faqSchema,
  assessment: assessmentSchema,
  pricing: pricingSchema,
};

export const SETTINGS_FILE = 'content/settings/site.yaml';

/**
 * The schema of a file (a project-relative path with "/"), or undefined when the site does not
 * read it. `settingsFile` is the settings file in use (SITE_SETTINGS can name another one).
 */
export function schemaFor(file: string, settingsFile = SETTINGS_FILE): ContentSchema | undefined {
  if (file === settingsFile || file === SETTINGS_FILE) return settingsSchema;
  const page = /^content\/([^/]+)\/(?:[^/]+\/)*[^_/][^/]*\.mdx?$/.exec(file);
  if (page) return PAGE_FOLDERS[page[1]!];
  const data = /^content\/data\/([^/]+)\.yaml$/.exec(file);
  return data ? DATA_FILES[data[1]!] : undefined;
}
