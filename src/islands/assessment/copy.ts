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
  checkSays:
    'Your EU AI Act check in this browser lists {systems} AI systems or models ({highRisk} high-risk or prohibited, {unfinished} not finished). From them, the answer is:',
  checkMatches: 'Your answer matches it.',
  checkUse: "Use the check's answer",
  checkOlder:
    'Some were classified before the check was last revised ({date}): open the check to see them under the current method.',
  checkLink: 'Open the EU AI Act check',
  inventorySays: 'The AI system inventory of your workbench in this browser lists {total} systems. Systems in scope:',
  inventoryUse: "Use the inventory's count",
  inventoryLink: 'Open the inventory',
  navLabel: 'Assessment steps',
  /** Follows "<answered> of <total>" in the navigation. */
  readinessSoFar: 'questions answered. Readiness so far:',
  back: 'Back',
  next: 'Next',
  seeResults: 'See results',
  loading: 'Loading…',
  loadFailed:
    'This part of the page could not be loaded (offline, or the site was updated since you opened it). Reload the page to try again: saved answers stay in this browser.',
  reload: 'Reload',
  dismiss: 'Dismiss',
  startFresh: 'Start fresh',
  savedAt: 'Saved at {time}.',
  nothingSaved: 'Nothing is saved yet.',
  savingOff: 'Saving is off: this browser blocks local storage. Export a file to keep your answers.',
  storeFull:
    "Saving is off: this browser's storage for this site is full. Export a file to keep your answers, or free space (see below) and reload.",
  savingFailedFull:
    "Saving failed: this browser's storage for this site is full. What was saved before is kept; export a file so that nothing typed since is lost.",
  savingFailed: 'Saving failed: storage is blocked. Export a file.',
  readOnlyFull:
    "This browser's storage for this site is full, so changes could not be saved. Your saved answers are shown read-only and are safe. To free space, delete the unreadable copies kept aside (if any, with Delete all answers after exporting) or clear other data of this site in your browser's site settings, then reload. You can export your answers now.",
  changedElsewhere:
    'These answers were changed in another tab or window. This tab has stopped saving so that it cannot overwrite them: reload to continue with the latest answers.',
  migrated: 'Saved answers were upgraded from format version {version}. N/A answers need a reason to count.',
  contentChanged: 'The questions changed since you saved: check the unanswered ones in the results.',
  setAsideKept:
    'Saved answers could not be read ({reason}). A copy was kept aside in this browser, not deleted ({count} unreadable copies kept in all), and the assessment started fresh.',
  setAsideNotKept:
    'Saved answers could not be read ({reason}). There is no room to keep a copy aside ({why}), so they are left where they are and nothing will be saved over them until you choose: download them as a file, or delete them and start fresh.',
  setAsideFull: "this browser's storage for this site is full",
  setAsideLimit: '{count} unreadable copies are already kept, the most this page keeps',
  setAsideBlocked: 'the browser refused the copy',
  downloadUnreadable: 'Download the unreadable copy',
  deleteUnreadable: 'Delete it and start fresh',
  imported: 'Answers imported.',
  importedOtherEdition: 'Answers imported. They answered another edition of the questions: check the unanswered ones.',
  deleted: 'All answers were deleted from this browser.',
  deleteListIntro: 'This removes from this browser:',
  deleteListAnswers: 'your saved answers',
  deleteListSetAside: '{count} unreadable copies kept aside (download them first if you want them)',
  deleteListNothing: 'Nothing is saved in this browser; this clears the form.',
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
