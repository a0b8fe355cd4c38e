/**
 * The outcome of the EU AI Act check for one system or model: a pure function of the tree, the
 * visitor's answers and the regulatory timeline. Pages and the island call `classifyAnswers`.
 */
import type { Milestone } from '../regulatory/milestones';
import type { AiActCheckData, CheckFlag } from '../../schemas/aiActCheck';
import { milestoneFact } from './milestoneFacts';
import { selectObligations } from './obligations';
import { distinctReferences } from './references';
import type { CheckAnswers, CheckProgress, CheckResult, OpenQuestion, ResultNote } from './types';
import type { RoleId, TierId } from './vocabulary';
import { trailStep, walkAnswers, type PathState } from './walk';

/** A date of the tree as saved outcomes carry it (YYYY-MM-DD): pages pass the tree's review date so. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The tier the path ends in, before scope rules: a fixed outcome tier, else the highest answered one. */
function pathTier(outcomeTier: TierId | 'from-answers', state: PathState): TierId {
  return outcomeTier === 'from-answers' ? (state.tier ?? 'minimal') : outcomeTier;
}

/** Flags whose rule fired, so their note explains the result. */
interface FiredRules {
  outOfScope: CheckFlag | undefined;
  madeProvider: CheckFlag | undefined;
}

function fireRules(flags: readonly CheckFlag[], state: PathState, tier: TierId): FiredRules {
  const set = flags.filter((flag) => state.flags.has(flag.id));
  return {
    outOfScope: set.find((flag) => flag.outOfScopeIfTier.includes(tier)),
    madeProvider: set.find(
      (flag) =>
        state.role !== null &&
        flag.becomesProvider !== undefined &&
        flag.becomesProvider.fromRoles.includes(state.role) &&
        flag.becomesProvider.ifTier.includes(tier),
    ),
  };
}

/** Notes of the flags set on the path: a rule's note only when its rule fired, other notes always. */
function notesFor(
  flags: readonly CheckFlag[],
  state: PathState,
  fired: FiredRules,
  milestones: readonly Milestone[],
): ResultNote[] {
  return flags
    .filter((flag) => state.flags.has(flag.id) && flag.note !== undefined)
    .filter((flag) => {
      const hasRule = flag.outOfScopeIfTier.length > 0 || flag.becomesProvider !== undefined;
      return !hasRule || flag === fired.outOfScope || flag === fired.madeProvider;
    })
    .map((flag) => ({
      flag: flag.id,
      text: flag.note ?? '',
      articles: [...flag.articles],
      alsoSee: flag.alsoSee.map((id) => milestoneFact(milestones, id)),
    }));
}

/**
 * Classifies the system or model described by `answers`. Returns the result once the answers
 * reach an outcome; otherwise the next question to ask, or the question whose saved answer no
 * longer exists. Throws only on a tree or timeline that the build would have rejected.
 */
export function classifyAnswers(
  tree: AiActCheckData,
  answers: CheckAnswers,
  milestones: readonly Milestone[],
): CheckProgress {
  const walk = walkAnswers(tree, answers);
  const trail = walk.steps.map(({ question, answer }) => trailStep(question, answer));
  if (walk.stop === 'unanswered') return { status: 'incomplete', trail, nextQuestionId: walk.question.id };
  if (walk.stop === 'invalid-answer') {
    return { status: 'invalid-answer', trail, questionId: walk.question.id, answerId: walk.answerId };
  }

  const { outcome, state, steps } = walk;
  const endTier = pathTier(outcome.tier, state);
  const fired = fireRules(tree.flags, state, endTier);
  const tier: TierId = fired.outOfScope ? 'out-of-scope' : endTier;
  const inScope = tier !== 'out-of-scope';
  const effectiveRole: RoleId | null = fired.madeProvider ? 'provider' : state.role;
  const roleLabel = (id: RoleId) => tree.roles.find((role) => role.id === id)?.label ?? id;

  const lastStep = trail.at(-1);
  const scope = inScope
    ? {
        inScope: true,
        because: 'the system or model is connected to the EU and no exclusion of Art. 2 applies on your answers',
        articles: distinctReferences(
          steps.filter(({ question }) => question.section === 'scope').flatMap(({ answer }) => answer.articles),
        ),
      }
    : fired.outOfScope
      ? {
          inScope: false,
          because: fired.outOfScope.note ?? fired.outOfScope.meaning,
          articles: [...fired.outOfScope.articles],
        }
      : { inScope: false, because: lastStep?.because ?? outcome.summary, articles: lastStep?.articles ?? [] };

  const toFindOut: OpenQuestion[] = steps
    .filter(({ answer }) => answer.unknown)
    .map(({ question, answer }) => ({
      questionId: question.id,
      question: question.text,
      findOut: answer.findOut ?? '',
      articles: [...question.articles],
    }));

  const obligations =
    inScope && effectiveRole !== null && outcome.dutiesApply
      ? selectObligations(tree, { tier, role: effectiveRole, flags: state.flags, added: state.obligations }, milestones)
      : [];

  const result: CheckResult = {
    status: 'complete',
    outcome: { id: outcome.id, title: outcome.title, summary: outcome.summary },
    tier,
    tierLabel: tree.tiers.find((candidate) => candidate.id === tier)?.label ?? tier,
    scope,
    role:
      effectiveRole === null || state.role === null
        ? null
        : {
            id: effectiveRole,
            label: roleLabel(effectiveRole),
            answered: state.role,
            becameProvider: fired.madeProvider !== undefined,
          },
    obligations,
    notes: notesFor(tree.flags, state, fired, milestones),
    trail,
    toFindOut,
    provisional: toFindOut.length > 0,
    notCoveredBy42001: inScope ? [...tree.notCoveredBy42001] : [],
    iso42001Label: tree.iso42001Label,
    notLegalAdvice: tree.notLegalAdvice,
    reviewedOn: isoDay(tree.reviewedOn),
  };
  return result;
}
