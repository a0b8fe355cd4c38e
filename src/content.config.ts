import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import {
  clauseSchema,
  controlSchema,
  industrySchema,
  platformSchema,
  serviceSchema,
  updateSchema,
} from './schemas/guidance';
import { pricingSchema } from './schemas/pricing';
import { assessmentSchema } from './schemas/assessment';
import { settingsSchema } from './schemas/settings';
import { standardSchema } from './schemas/standard';
import {
  certificationSchema,
  compareSchema,
  costsSchema,
  faqSchema,
  homeSchema,
  mistakesSchema,
} from './schemas/pages';

const guidance = (folder: string) => glob({ base: `./content/${folder}`, pattern: '**/[^_]*.{md,mdx}' });
/** A data file in content/data/ is one entry whose id is its file name. */
const dataFile = (name: string) => glob({ base: './content/data', pattern: `${name}.yaml` });

// SITE_SETTINGS lets a test (or a second brand) build with another settings file.
const settingsPath = path.resolve(process.env.SITE_SETTINGS ?? 'content/settings/site.yaml');

export const collections = {
  settings: defineCollection({
    loader: glob({ base: path.dirname(settingsPath), pattern: path.basename(settingsPath) }),
    schema: settingsSchema,
  }),
  standard: defineCollection({ loader: dataFile('standard'), schema: standardSchema }),
  home: defineCollection({ loader: dataFile('home'), schema: homeSchema }),
  costs: defineCollection({ loader: dataFile('costs'), schema: costsSchema }),
  compare: defineCollection({ loader: dataFile('compare'), schema: compareSchema }),
  certification: defineCollection({ loader: dataFile('certification'), schema: certificationSchema }),
  mistakes: defineCollection({ loader: dataFile('mistakes'), schema: mistakesSchema }),
  faq: defineCollection({ loader: dataFile('faq'), schema: faqSchema }),
  assessment: defineCollection({
    loader: glob({ base: './content/data', pattern: 'assessment.yaml' }),
    schema: assessmentSchema,
  }),
  pricing: defineCollection({
    loader: glob({ base: './content/data', pattern: 'pricing.yaml' }),
    schema: pricingSchema,
  }),
  controls: defineCollection({ loader: guidance('controls'), schema: controlSchema }),
  clauses: defineCollection({ loader: guidance('clauses'), schema: clauseSchema }),
  industries: defineCollection({ loader: guidance('industries'), schema: industrySchema }),
  platforms: defineCollection({ loader: guidance('platforms'), schema: platformSchema }),
  services: defineCollection({ loader: guidance('services'), schema: serviceSchema }),
  updates: defineCollection({ loader: guidance('updates'), schema: updateSchema }),
};
