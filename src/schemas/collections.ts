/**
 * The one table of content collections: which folder or file of content/ each collection reads
 * and the schema that validates it. src/content.config.ts builds Astro's collections from it;
 * `npm run check`, the data loaders and the link checks read it too, so adding a collection is
 * one line here (plus its schema) and nowhere else.
 */
import { actArticlesSchema } from './aiActArticles';
import { aiActCheckSchema } from './aiActCheck';
import { assessmentSchema } from './assessment';
import { clauseSchema, controlSchema, industrySchema, platformSchema, serviceSchema, updateSchema } from './guidance';
import { certificationSchema, compareSchema, costsSchema, faqSchema, homeSchema, mistakesSchema } from './pages';
import { pricingSchema } from './pricing';
import { regulatoryTimelineSchema } from './regulatoryTimeline';
import { settingsSchema } from './settings';
import { standardSchema } from './standard';

/** Folders of content/ with one MD/MDX page per file; each becomes pages at /<folder>/<file>/. */
export const PAGE_FOLDERS = {
  controls: controlSchema,
  clauses: clauseSchema,
  industries: industrySchema,
  platforms: platformSchema,
  services: serviceSchema,
  updates: updateSchema,
} as const;

/** Files content/data/<name>.yaml, each one entry whose id is its name. */
export const DATA_FILES = {
  standard: standardSchema,
  home: homeSchema,
  costs: costsSchema,
  compare: compareSchema,
  certification: certificationSchema,
  mistakes: mistakesSchema,
  faq: faqSchema,
  assessment: assessmentSchema,
  pricing: pricingSchema,
  'regulatory-timeline': regulatoryTimelineSchema,
  'ai-act-articles': actArticlesSchema,
  'ai-act-check': aiActCheckSchema,
} as const;

/** The brand settings: one file, by default this one; SITE_SETTINGS can name another (a test, a second brand). */
export const SETTINGS = { file: 'content/settings/site.yaml', schema: settingsSchema } as const;

export type PageFolder = keyof typeof PAGE_FOLDERS;
export type DataFileName = keyof typeof DATA_FILES;

export const PAGE_FOLDER_NAMES = Object.keys(PAGE_FOLDERS) as PageFolder[];
export const DATA_FILE_NAMES = Object.keys(DATA_FILES) as DataFileName[];

/** Path of a data file relative to the project: `content/data/faq.yaml`. */
export const dataFilePath = (name: DataFileName) => `content/data/${name}.yaml`;
