/**
 * The shapes the EU AI Act check works on. The tree's own types come from its schema
 * (src/schemas/aiActCheck.ts); these are what the outcome function returns: plain, serialisable
 * data (dates as YYYY-MM-DD) that an island can store, render and export.
 */
import type { RoleId, TierId } from './vocabulary';

export type { AiActCheckData as CheckTree } from '../../schemas/aiActCheck';

/** The visitor's answers: answer id by question id. Answers to questions off the path are ignored. */
export type CheckAnswers = Readonly<Record<string, string>>;

/** A regulatory date as the outcome states it, taken from content/data/regulatory-timeline.yaml. */
export interface MilestoneFact {
  id: string;
  title: string;
  /** YYYY-MM-DD (the first of the month when `precision` is "month"). */
  date: string;
  precision: 'day' | 'month';
  /** The legal stage: proposed, agreed, adopted, in-force or applies. */
  status: string;
  /** "reported" facts carry a caveat that must be shown with them. */
  confidence: 'confirmed' | 'reported';
  caveat?: string;
  /** For a moved deadline, the date that applied before (YYYY-MM-DD). */
  previousDate?: string;
}

/** One step of the reasoning trail: "because you answered … (Art. …)". */
export interface TrailStep {
  questionId: string;
  question: string;
  answerId: string;
  answer: string;
  because: string;
  articles: string[];
  /** True when the answer was "I don't know" and the check carried on with an assumption. */
  unknown: boolean;
}

/** What must be found out because a question was answered "I don't know". */
export interface OpenQuestion {
  questionId: string;
  question: string;
  findOut: string;
  articles: string[];
}

/** A duty that follows for the visitor's role, with its article and date. */
export interface ObligationResult {
  id: string;
  title: string;
  summary: string;
  articles: string[];
  /** A condition the check did not ask about ("If you are …"). */
  condition?: string;
  appliesFrom: MilestoneFact;
  alsoSee: MilestoneFact[];
  /** Indicative: parts of ISO/IEC 42001 that produce evidence for the duty (may be empty). */
  iso42001: { clauses: string[]; controls: string[] };
  notCovered: string;
}

/** A note a flag adds to the result, e.g. the reported Omnibus change for machinery. */
export interface ResultNote {
  flag: string;
  text: string;
  articles: string[];
  alsoSee: MilestoneFact[];
}

/** The classification of one system or model. */
export interface CheckResult {
  status: 'complete';
  outcome: { id: string; title: string; summary: string };
  tier: TierId;
  tierLabel: string;
  scope: { inScope: boolean; because: string; articles: string[] };
  /** Null when the path ended before the role question (out of scope early). */
  role: { id: RoleId; label: string; answered: RoleId; becameProvider: boolean } | null;
  obligations: ObligationResult[];
  notes: ResultNote[];
  trail: TrailStep[];
  toFindOut: OpenQuestion[];
  /** True when any answer was "I don't know": the result rests on the assumptions in the trail. */
  provisional: boolean;
  /** What ISO/IEC 42001 does not cover; empty when the Act does not apply. */
  notCoveredBy42001: string[];
  iso42001Label: string;
  notLegalAdvice: string;
  /** The day the tree was last reviewed (YYYY-MM-DD). */
  reviewedOn: string;
}

/** Answers that stop before an outcome: the next question to ask. */
export interface CheckInProgress {
  status: 'incomplete';
  trail: TrailStep[];
  nextQuestionId: string;
}

/** An answer id that the question does not have (old or edited saved data). */
export interface CheckInvalidAnswer {
  status: 'invalid-answer';
  trail: TrailStep[];
  questionId: string;
  answerId: string;
}

export type CheckProgress = CheckResult | CheckInProgress | CheckInvalidAnswer;
