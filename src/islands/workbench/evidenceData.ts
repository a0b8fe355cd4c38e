/** What the page passes the evidence and results views (one prop of WorkbenchApp, built in workbench.astro). */
import type { AssessmentContent } from '../../lib/assessment/results';

export interface EvidencePageData {
  /** The assessment's content, as /assessment/ passes it: the results and the draft SoA come from it. */
  content: AssessmentContent;
  /** Control id -> the "Evidence an auditor expects" list of its page (content/controls/*.mdx `evidence`). */
  evidenceByControl: Record<string, string[]>;
}
