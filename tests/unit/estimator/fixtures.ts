/** A small hand-written model whose numbers are easy to check by hand. */
import type { EstimatorModel, PricingConfig } from '../../../src/lib/estimator/types';

export const fixturePricing = (): PricingConfig => ({
  roundTo: 100,
  surveillanceYears: 2,
  sizeBands: [
    {
      id: 'under-50',
      label: 'Small',
      reason: 'Small',
      costs: [{ component: 'gap-analysis', percent: -50, because: 'fewer people' }],
      weeks: [],
    },
    { id: '50-500', label: 'Reference', reason: 'Reference', costs: [], weeks: [] },
    {
      id: '500-2000',
      label: 'Large',
      reason: 'Large',
      costs: [{ component: 'gap-analysis', percent: 50, because: 'more people' }],
      weeks: [{ phase: 'gap-analysis', percent: 50, because: 'more interviews' }],
    },
    {
      id: 'over-2000',
      label: 'Huge',
      reason: 'Huge',
      costs: [
        { component: 'gap-analysis', percent: 100, because: 'many people' },
        { component: 'annual-surveillance', percent: 100, because: 'more audit days' },
      ],
      weeks: [{ phase: 'gap-analysis', percent: 100, because: 'many interviews' }],
    },
  ],
  aiSystems: {
    max: 50,
    bands: [
      {
        from: 1,
        reason: 'Few',
        costs: [{ component: 'impact-assessments', percent: -20, because: 'few systems' }],
        weeks: [],
      },
      { from: 4, reason: 'Some', costs: [], weeks: [] },
      {
        from: 11,
        reason: 'Many',
        costs: [{ component: 'impact-assessments', percent: 100, because: 'many systems' }],
        weeks: [],
      },
    ],
  },
  highRisk: {
    reason: 'High-risk',
    costs: [{ component: 'impact-assessments', percent: 50, because: 'deeper' }],
    weeks: [],
  },
  roles: [
    {
      id: 'developer',
      label: 'Dev',
      hint: 'Develops AI.',
      reason: 'Developer',
      costs: [{ component: 'technical-controls', percent: 20, because: 'life cycle' }],
      weeks: [],
    },
    { id: 'provider', label: 'Prov', hint: 'Provides AI.', reason: 'Provider', costs: [], weeks: [] },
    {
      id: 'user',
      label: 'User',
      hint: 'Uses AI.',
      reason: 'User',
      costs: [{ component: 'technical-controls', percent: -20, because: 'suppliers' }],
      weeks: [],
    },
  ],
  certifications: [
    {
      id: 'iso27001',
      label: '27001',
      hint: 'ISMS.',
      reason: 'ISO 27001 in place',
      costs: [{ component: 'framework-development', percent: -30, because: 'shared clauses' }],
      weeks: [{ phase: 'framework-design', percent: -25, because: 'documents exist' }],
    },
    {
      id: 'iso9001',
      label: '9001',
      hint: 'QMS.',
      reason: 'ISO 9001 in place',
      costs: [{ component: 'framework-development', percent: -10, because: 'shared structure' }],
      weeks: [],
    },
    {
      id: 'iso27701',
      label: '27701',
      hint: 'PIMS.',
      reason: 'ISO 27701 in place',
      costs: [{ component: 'framework-development', percent: -40, because: 'more shared' }],
      weeks: [],
    },
    { id: 'soc2', label: 'SOC 2', hint: 'Report.', reason: 'SOC 2', costs: [], weeks: [] },
  ],
  aiInventory: {
    reason: 'Inventory exists',
    costs: [{ component: 'gap-analysis', percent: -30, because: 'inventory done' }],
    weeks: [{ phase: 'gap-analysis', percent: -50, because: 'listed' }],
  },
});

export const fixtureModel = (pricing: PricingConfig = fixturePricing()): EstimatorModel => ({
  components: [
    { id: 'gap-analysis', name: 'Gap', low: 10000, high: 30000, recurring: false },
    { id: 'framework-development', name: 'Framework', low: 20000, high: 40000, recurring: false },
    { id: 'impact-assessments', name: 'Impact', low: 10000, high: 20000, recurring: false },
    { id: 'technical-controls', name: 'Technical', low: 30000, high: 50000, recurring: false },
    { id: 'certification-audit', name: 'Audit', low: 10000, high: 20000, recurring: false },
    { id: 'annual-surveillance', name: 'Surveillance', low: 5000, high: 10000, recurring: true },
  ],
  phases: [
    { id: 'gap-analysis', name: 'Gap', minWeeks: 2, maxWeeks: 3 },
    { id: 'framework-design', name: 'Framework', minWeeks: 3, maxWeeks: 4 },
    { id: 'impact-assessments', name: 'Impact', minWeeks: 3, maxWeeks: 4 },
    { id: 'control-implementation', name: 'Controls', minWeeks: 4, maxWeeks: 6 },
    { id: 'internal-audit', name: 'Internal audit', minWeeks: 2, maxWeeks: 3 },
    { id: 'certification-audit', name: 'Certification', minWeeks: 1, maxWeeks: 2 },
  ],
  pricing,
});
