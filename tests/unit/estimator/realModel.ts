/** The estimator model built from the real content/data files, as the site builds it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { buildEstimatorModel } from '../../../src/lib/estimator/model';
import { certificationSchema, costsSchema } from '../../../src/schemas/pages';
import { pricingSchema } from '../../../src/schemas/pricing';

const read = (name: string) =>
  parse(readFileSync(fileURLToPath(new URL(`../../../content/data/${name}.yaml`, import.meta.url)), 'utf8'));

export const costsData = costsSchema.parse(read('costs'));
export const certificationData = certificationSchema.parse(read('certification'));
export const pricingData = pricingSchema.parse(read('pricing'));
export const realModel = buildEstimatorModel(costsData, certificationData, pricingData);
