import type { AssessmentContent } from '../../lib/assessment/results';

/** The build's data the files view computes its reports with (workbench.astro builds it). */
export interface ReportInputs {
  /** The assessment's content, so answers score here exactly as on /assessment/. */
  content: AssessmentContent;
  /** Each area's name as the assessment's steps show it, by area id. */
  areaLabels: Record<string, string>;
}
