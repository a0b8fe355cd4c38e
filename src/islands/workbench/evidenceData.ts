/**
 * What the page passes the evidence, results and files views (one prop of WorkbenchApp, built in
 * workbench.astro): the files view's report inputs and the control pages' evidence lists.
 */
import type { ReportInputs } from './reportInputs';

export interface EvidencePageData extends ReportInputs {
  /** Control id -> the "Evidence an auditor expects" list of its page (content/controls/*.mdx `evidence`). */
  evidenceByControl: Record<string, string[]>;
}
