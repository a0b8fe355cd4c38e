/**
 * Every word of the page that opens a sealed hand-off (/assessment/workbench/open/). The page
 * passes it to the island as a prop, so the words travel in the HTML. {name} placeholders: text.fill.
 */
export const handoffOpenCopy = {
  loading: 'Loading…',
  loadFailed: 'Part of this page could not be loaded (offline, or the site was updated). Reload the page.',
  viewLoadFailed: 'The received workspace could not be shown.',
  reload: 'Reload',
  opening: 'Opening the sealed workspace…',
  openingPassphrase: 'Opening the sealed workspace: deriving the key from the passphrase takes a few seconds…',
  chooseHeading: 'Open a sealed hand-off',
  chooseIntro:
    'Open the link you received in this browser, or choose the sealed file that came with the e-mail. It is decrypted here: nothing is sent to a server.',
  chooseFile: 'Open a sealed hand-off file',
  fileUnreadable: 'The file could not be read: {reason}',
  failedHeading: 'The hand-off could not be opened',
  nothingChanged: 'Nothing in this browser was changed.',
  passphraseHeading: 'Enter the passphrase',
  passphrase: 'Passphrase',
  passphraseHelp: 'The sender gave it to you separately. It is case-sensitive.',
  open: 'Open',
  passphraseMissing: 'Type the passphrase.',
  readOnlyHeading: 'Received workspace (read-only)',
  readOnlyIntro:
    'This is the sender’s workspace as they sealed it{sealedAt}. It is shown here only: nothing is saved in this browser unless you import it.',
  sealedOn: ' on {date}',
  contentChanged:
    'The answers were given to another edition of the question bank: some questions may have changed since.',
  readinessHeading: 'Readiness',
  readiness: 'Overall readiness: {percent}% ({answered} of {questions} questions answered).',
  readinessNone: 'No readiness yet: no applicable question was answered.',
  band: 'Band: {label}.',
  essentialGaps: 'Essential gaps open (priority 1): {count}.',
  gapsHeading: 'Most urgent gaps',
  gapsCaption: 'The most urgent gaps, {shown} of {total}',
  noGaps: 'No gaps among the answered questions.',
  gapColumns: { question: 'Question', kind: 'Gap', priority: 'Priority' },
  scopingHeading: 'Scope',
  scoping: { role: 'Role', sizeBand: 'Organization size', aiSystemCount: 'AI systems (as answered)' },
  notAnswered: 'Not answered',
  inventoryHeading: 'AI system inventory',
  inventoryCaption: 'AI systems in the received inventory',
  inventoryCount: '{count} systems, {inScope} in scope.',
  emptyInventory: 'The inventory is empty.',
  columns: {
    name: 'Name',
    owner: 'Owner',
    role: 'Role',
    lifecycle: 'Lifecycle stage',
    tier: 'EU AI Act tier',
    inScope: 'In scope',
  },
  yes: 'Yes',
  no: 'No',
  notSet: 'Not set',
  estimateHeading: 'Estimate',
  openEstimate: 'Open a pre-filled estimate',
  estimateHelp:
    'Opens the quote estimator with the sender’s size, AI system count and role. The estimator keeps your own saved estimate and offers to restore it.',
  noEstimate: 'The sender has not finished the scoping step, so the estimator cannot be pre-filled.',
  importHeading: 'Import into this browser',
  importIntro: 'Import to work on the workspace in the workbench here. You are asked before anything is replaced.',
  import: 'Import into this browser',
  checking: 'Checking what is saved in this browser…',
  replaces:
    'Importing replaces what this browser holds: its workspace (AI systems: {systems}; answers: {answers}; edited Statement of Applicability controls: {soaEntries}; evidence items: {evidenceItems}; snapshots: {snapshots}) and its assessment answers. Export your workspace in the workbench first if you want to keep it.',
  replacesNothing: 'Nothing is saved in this browser yet: importing replaces nothing.',
  localUnreadable:
    'The workspace saved in this browser cannot be read, so it was not replaced. Open the workbench to download or delete it, then import again.',
  confirm: 'Yes, replace my workspace',
  confirmEmpty: 'Import',
  cancel: 'Cancel',
  imported: 'The workspace was imported into this browser.',
  openWorkbench: 'Open it in the workbench',
  importFailed: {
    'changed-elsewhere':
      'The workspace was changed in another tab since this page opened, so nothing was replaced. Reload this page and try again.',
    full: 'The browser store is full, so nothing was replaced. Free space in this browser and try again.',
    failed: 'The browser refused to save, so nothing was replaced.',
    held: 'Saving is paused in this browser, so nothing was replaced.',
    off: 'This browser blocks saving for this site, so the workspace cannot be imported.',
  },
  assessmentNotSaved:
    'The assessment answers could not be saved too: the workbench has the imported answers, the assessment page still shows the old ones.',
  openAnother: 'Open another hand-off',
};

export type HandoffOpenCopy = typeof handoffOpenCopy;
