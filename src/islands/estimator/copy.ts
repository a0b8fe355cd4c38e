/**
 * The estimator's interface text. The page passes islandCopy(...) to the island as a prop, so the
 * text travels in the HTML and not in the JavaScript bundle (the page has a 90 KB JS budget).
 * Placeholders: {max} and {years} are filled in at build time (islandCopy); the others ({brand},
 * {earliest}, {latest}, {date}, {url}, {low}, {high}, {name}, {percent}, {because}, {supersededBy})
 * by the island.
 */
import { mailtoHref, summaryLabels } from '../../lib/estimator/summary';
import { fill } from '../shared/text';

export const estimatorCopy = {
  summary: summaryLabels,
  formHeading: 'Your organization',
  yesNo: [
    { value: 'no', label: 'No' },
    { value: 'yes', label: 'Yes' },
  ],
  sizeLegend: 'Company size',
  countLabel: 'Number of AI systems in scope',
  countHelp: 'Count each model, product feature or AI service you want the certificate to cover, from 1 to {max}.',
  countError: 'Enter a whole number from 1 to {max}. The estimate shows your last valid answer meanwhile.',
  highRiskLegend: 'Is any of these systems high-risk or used in a regulated sector?',
  highRiskHelp:
    'High-risk under the EU AI Act (for example hiring and staff management, credit scoring, access to education or essential services, safety of critical infrastructure), or used in finance, health, HR or critical infrastructure.',
  roleLegend: 'Your role',
  roleHelp: 'If more than one applies, choose the one that involves the most work: develop, then provide, then use.',
  certificationsLegend: 'Certifications you already hold',
  certificationsHelp: 'Leave all unticked if you hold none.',
  inventoryLegend: 'Do you already keep an inventory of your AI systems?',
  inventoryHelp: 'A list of each AI system with its purpose, owner and data, kept up to date.',
  servicesLegend: 'Services you want from us',
  servicesHelp:
    'Untick what you will do yourselves or buy elsewhere. The timeline stays the same: that work still has to be done.',
  targetLabel: 'Target certification date (optional)',
  targetHelp: 'We compare it with the timeline below.',
  startAgain: 'Start again with the default answers',

  resultsHeading: 'Your indicative estimate',
  answersHeading: 'Your answers',
  firstYear: 'First-year total',
  surveillance: 'Annual surveillance, years 2 and 3',
  threeYear: '3-year total',
  totalsNote:
    "The 3-year total is the first year plus {years} years of surveillance. Recertification at the end of year 3 starts the next cycle and is not included. Your own staff's time is not included either.",
  perYear: 'per year',
  notSelected: 'Not selected',
  componentsHeading: 'By component',
  componentColumns: ['Component', 'Estimate', 'Changed by'],
  phaseColumns: ['Phase', 'Weeks', 'Changed by'],
  baseRange: 'Base range',
  notCounted: '(not counted)',
  componentsCaption: 'Estimated cost by component, with the answers that changed it',
  costChartTitle: 'Estimated cost of each selected component and the first-year total, on one scale',
  costChartCaption:
    'Each bar runs from the low to the high estimate; the hatched bar is the first-year total. The same figures are in the table below.',
  timelineHeading: 'Timeline',
  timelineCaption: 'Weeks per certification phase, with the answers that changed them',
  timelineTotal: 'From kickoff to certification decision',
  dates: 'Starting today, the earliest certification decision is around {earliest}, the latest around {latest}.',
  datesPending: 'Dates appear once the page has loaded.',
  timelineNote:
    'Phases run one after another and assume the certification body is booked early; waiting for auditors or major findings at Stage 2 add weeks.',
  target: {
    past: ['Check the date:', 'your target date is in the past.'],
    'too-soon': [
      'Not realistic:',
      'your target date is before the earliest date above. Reaching it needs a smaller scope or more people working in parallel; a quote can tell you which.',
    ],
    tight: [
      'Tight:',
      'your target date is possible only if every phase runs at its fastest and the certification body is booked early.',
    ],
    comfortable: ['Comfortable:', 'even the longer estimate finishes before your target date.'],
  },
  reasonsHeading: 'Why these figures',
  noReasons: 'Your answers match the profile the base ranges are stated for, so no adjustment applies.',
  reasonFirstYear: 'first-year total {low} to {high}',
  reasonSurveillance: 'surveillance {low} to {high} per year',
  effect: '{name} {percent} because {because}',
  effectNotCounted: '; not counted, because {supersededBy} saves more here',
  phaseWeeks: '{name} (weeks)',
  superseded: 'no further saving: another answer already saves more on the same work.',
  weeksOnly: 'changes the timeline only.',
  noChange: 'no change to the services you selected.',

  share: 'Copy a link to this estimate',
  shareCopied: 'Link copied. It carries your answers, nothing else:',
  shareManual: 'Copy this link. It carries your answers, nothing else:',
  print: 'Print or save as PDF',
  ctaHeading: 'Get a personalised quote',
  ctaText:
    'The button opens your e-mail program with your answers and this estimate filled in. Nothing is sent until you press send, and you can edit the message first.',
  emailButton: 'E-mail {brand} for a quote',
  emailSubject: 'ISO/IEC 42001 quote request',
  emailIntro: 'Hello,\n\nI would like a personalised quote for ISO/IEC 42001 certification.',

  shared:
    'You are looking at an estimate someone shared with you. Change any answer to make it your own; answers are kept in this browser only.',
  sharedKeptPrevious:
    'You are looking at an estimate someone shared with you. Your own previous estimate is kept in this browser: you can go back to it.',
  sharedNotSaved:
    "You are looking at an estimate someone shared with you. It is not saved, because this browser's storage is full and your own estimate must not be replaced without a copy.",
  restorePrevious: 'Go back to my previous estimate',
  keepShared: 'Keep this estimate',
  restoredPrevious: 'Your previous estimate is back.',
  tampered:
    'The link you opened does not hold a complete, valid estimate, so the estimator starts from the default answers. Ask the sender for a new link.',
  unreadable:
    'Your saved answers could not be read ({reason}), so the estimator starts from the default answers. A copy is kept in this browser ({count} unreadable copies kept in all).',
  unreadableNotKept:
    'Your saved answers could not be read ({reason}) and there is no room to keep a copy aside, so they are left where they are and nothing is saved over them until you choose: download them, or delete them and start fresh.',
  downloadUnreadable: 'Download the unreadable copy',
  deleteUnreadable: 'Delete it and start fresh',
  startFresh: 'Start fresh',
  dismiss: 'Dismiss',
  reload: 'Reload',
  changedElsewhere:
    'Your answers were changed in another tab or window. This tab has stopped saving so that it cannot overwrite them: reload to continue with the latest answers.',
  readOnlyFull:
    "This browser's storage for this site is full, so changes cannot be saved. Your saved answers are shown read-only and are safe; free space in your browser's site settings and reload.",
  savingFailedFull: "Your last change could not be saved: this browser's storage for this site is full.",
  loadFailed:
    'Part of the estimator could not be loaded (offline, or the site was updated since you opened it). Reload the page to try again: saved answers stay in this browser.',
  prefillOffer: 'Your readiness assessment, saved in this browser, says:',
  prefillUse: 'Use these answers',
  prefillNo: 'No, thanks',
  prefillDone: 'Size, number of AI systems and role were filled in from your readiness assessment.',
  prefillAdjusted:
    'Size, number of AI systems and role were filled in from your readiness assessment; the number of AI systems was brought within 1-{max}.',
  printFooter: 'Indicative estimate made on {date} with the method published at {url}.',
};

interface BuildValues {
  /** Largest number of AI systems (pricing aiSystems.max). */
  max: number;
  /** Surveillance years in the 3-year total. */
  years: number;
  contactEmail: string;
}

/** The copy with what is known at build time filled in, plus the e-mail link used until a message is composed. */
export function islandCopy({ max, years, contactEmail }: BuildValues) {
  return {
    ...estimatorCopy,
    countHelp: fill(estimatorCopy.countHelp, { max }),
    countError: fill(estimatorCopy.countError, { max }),
    totalsNote: fill(estimatorCopy.totalsNote, { years }),
    prefillAdjusted: fill(estimatorCopy.prefillAdjusted, { max }),
    /** The message without a body: the island adds the answers when the visitor reaches for the button. */
    emailHref: mailtoHref(contactEmail, estimatorCopy.emailSubject, '').replace(/&body=$/, ''),
  };
}

export type EstimatorCopy = ReturnType<typeof islandCopy>;
