/**
 * The wizard's interface text for the parts that load with the page (scoping step, navigation,
 * buttons, data panel). The page imports this and passes it to the island as a prop, so the words
 * travel in the HTML and not in the JavaScript (the page has a 90 KB JS budget). Text of the parts
 * loaded on demand (questions, results, files) stays in their modules.
 */
import { MAX_AI_SYSTEMS } from '../../lib/assessment/types';

export const assessmentCopy = {
  roleLegend: 'What is your main role towards AI?',
  sizeLegend: 'How many people work in your organization?',
  countLabel: 'How many AI systems would the management system cover?',
  countError: `Enter a whole number from 0 to ${MAX_AI_SYSTEMS}.`,
  euLegend: 'Do any of your AI systems fall under the EU AI Act?',
  chooseOne: 'Choose one option.',
  navLabel: 'Assessment steps',
  /** Follows "<answered> of <total>" in the navigation. */
  readinessSoFar: 'questions answered. Readiness so far:',
  back: 'Back',
  next: 'Next',
  seeResults: 'See results',
  loading: 'Loading…',
  loadFailed:
    'This part of the page could not be loaded. Reload the page to try again: saved answers stay in this browser.',
  dismiss: 'Dismiss',
  startFresh: 'Start fresh',
  savingOff: 'Saving is off: this browser blocks local storage.',
  nothingSaved: 'Nothing is saved yet.',
  savingFailed: 'Saving failed: storage is full or blocked. Export a file.',
  deleted: 'All answers were deleted from this browser.',
  dataHeading: 'Your answers stay in this browser',
  exportJson: 'Export answers (JSON)',
  resultsCsv: 'Download results (CSV)',
  soaCsv: 'Download Statement of Applicability (CSV)',
  print: 'Print report',
  importLabel: 'Import answers from a JSON export',
  deleteAll: 'Delete all answers',
  deleteHeading: 'Delete all answers?',
  deleteConfirm: 'Delete everything',
  cancel: 'Cancel',
};

export type AssessmentCopy = typeof assessmentCopy;
