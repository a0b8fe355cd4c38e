import { z } from 'astro/zod';
import { dataPageSchema } from './common';
import { CERTIFICATIONS, COMPONENT_IDS, PHASE_IDS } from '../lib/estimator/ids';
import { ROLES, SIZE_BANDS } from '../lib/scoping';
import { pricingProblems } from '../lib/estimator/invariants';

/** A percentage change: -30 is 30% less. Never -100 or below (that would make the work free). */
const percent = z.number().gt(-100).max(500);
/** Shown after "because" in the estimator's reasons. */
const because = z.string().min(10).max(240);

const adjustmentFields = {
  /** Heading of this answer in the list of reasons, e.g. "ISO/IEC 27001 in place". */
  reason: z.string().min(3).max(80),
  /** Changes to cost components of content/data/costs.yaml. */
  costs: z.array(z.strictObject({ component: z.enum(COMPONENT_IDS), percent, because })).default([]),
  /** Changes to phase durations of content/data/certification.yaml. */
  weeks: z.array(z.strictObject({ phase: z.enum(PHASE_IDS), percent, because })).default([]),
};
const adjustmentSchema = z.object(adjustmentFields);

/** content/data/pricing.yaml: the estimator's adjustments (base ranges live in costs.yaml). */
export const pricingSchema = z
  .object({
    /** The /estimate/ page. */
    estimatePage: dataPageSchema,
    /** The /estimate/method/ page. */
    methodPage: dataPageSchema,
    /** Figures are rounded to a multiple of this amount. */
    roundTo: z.number().int().positive(),
    /** Surveillance years counted in the 3-year total. */
    surveillanceYears: z.number().int().min(0).max(3),
    /** The profile costs.yaml calls typical; the method page shows what the model gives for it. */
    typicalProfile: z.object({
      description: z.string().min(20),
      inputs: z.object({
        sizeBand: z.enum(SIZE_BANDS),
        aiSystemCount: z.number().int().positive(),
        highRisk: z.boolean(),
        role: z.enum(ROLES),
        certifications: z.array(z.enum(CERTIFICATIONS)),
        aiInventory: z.boolean(),
      }),
    }),
    sizeBands: z
      .array(z.object({ id: z.enum(SIZE_BANDS), label: z.string().min(3), ...adjustmentFields }))
      .length(SIZE_BANDS.length),
    aiSystems: z.object({
      /** Largest number of AI systems the form accepts. */
      max: z.number().int().min(10).max(10000),
      bands: z.array(z.object({ from: z.number().int().positive(), ...adjustmentFields })).min(1),
    }),
    highRisk: adjustmentSchema,
    roles: z.array(
      z.object({ id: z.enum(ROLES), label: z.string().min(3), hint: z.string().min(10), ...adjustmentFields }),
    ),
    certifications: z.array(
      z.object({ id: z.enum(CERTIFICATIONS), label: z.string().min(3), hint: z.string().min(10), ...adjustmentFields }),
    ),
    aiInventory: adjustmentSchema,
    /** Text of the method page that is not generated from the factors. */
    method: z.object({
      baseRanges: z.string().min(40),
      indicative: z.string().min(40),
      quoteAdds: z.array(z.string().min(10)).min(2),
    }),
  })
  .superRefine((pricing, ctx) => {
    for (const message of pricingProblems(pricing)) ctx.addIssue({ code: 'custom', message });
    if (pricing.typicalProfile.inputs.aiSystemCount > pricing.aiSystems.max) {
      ctx.addIssue({ code: 'custom', message: 'typicalProfile.inputs.aiSystemCount is above aiSystems.max' });
    }
  });

export type PricingData = z.infer<typeof pricingSchema>;
