/**
 * The EU AI Act check: one question at a time from the decision tree, the answers so far (each
 * editable), the outcome from classifyAnswers, and a saved list of systems. The tree, the dates
 * and the words come as props; the outcome view and the storage code load on demand. When the
 * readiness workbench has an inventory in this browser, the list is the inventory's records (read
 * only, see src/lib/aiActCheck/inventoryList.ts) followed by the systems only the check knows.
 */
import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import { classifyAnswers } from '../../lib/aiActCheck/classify';
import { inventoryEntryNamed, listWithInventory, newCheckSystemId } from '../../lib/aiActCheck/inventoryList';
import { outcomeOfProgress } from '../../lib/aiActCheck/systemOutcome';
import type { CheckedSystem } from '../../lib/aiActCheck/systemsSaving';
import type { CheckTree } from '../../lib/aiActCheck/types';
import type { Milestone } from '../../lib/regulatory/milestones';
import { LoadFailure, loadOrReport } from '../shared/loadFailure';
import { fill } from '../shared/text';
import { AnswerTrail } from './AnswerTrail';
import { CheckNotices } from './CheckNotices';
import type { AiActCheckCopy } from './copy';
import { QuestionStep } from './QuestionStep';
import { SystemsPanel } from './SystemsPanel';
import { useCheckSteps } from './useCheckSteps';
import { useInventory } from './useInventory';
import { loadOnDemand, useSavedSystems } from './useSavedSystems';

const OutcomeView = lazy(() => loadOrReport(() => import('./OutcomeView')));

interface Props {
  tree: CheckTree;
  milestones: Milestone[];
  /** EUR-Lex address by article id ("Art. 6"). */
  articleUrls: Record<string, string>;
  copy: AiActCheckCopy;
}

export default function CheckApp({ tree, milestones, articleUrls, copy }: Props) {
  const inventory = useInventory();
  const entries = inventory.entries;
  const inventoryIds = new Set((entries ?? []).map((entry) => entry.checkId));
  const fresh = (systems: readonly CheckedSystem[]): CheckedSystem => ({
    id: newCheckSystemId([...systems.map((system) => system.id), ...inventoryIds]),
    name: fill(copy.defaultName, { number: systems.length + 1 }),
    answers: {},
  });
  const saved = useSavedSystems([fresh([])], copy, (candidate) =>
    outcomeOfProgress(classifyAnswers(tree, candidate.answers, milestones)),
  );
  const { update } = saved;
  const systems = entries ? listWithInventory(saved.systems, entries, saved.untouched) : saved.systems;
  const [openId, setOpenId] = useState(systems[0]!.id);
  const system = systems.find((candidate) => candidate.id === openId) ?? systems[0]!;
  const steps = useCheckSteps(tree, milestones, system.answers);
  const readOnly = saved.readOnly;
  const outcomeHeading = useRef<HTMLHeadingElement>(null);
  const showsOutcome = steps.question === null && steps.progress.status === 'complete';
  useEffect(() => {
    if (showsOutcome && steps.moved) outcomeHeading.current?.focus();
  }, [showsOutcome, steps.moved, system.id]);

  const setAnswers = (answers: Record<string, string>) =>
    update(systems.map((candidate) => (candidate.id === system.id ? { ...candidate, answers } : candidate)));
  const open = (id: string) => {
    setOpenId(id);
    steps.reset();
  };
  const replaceAll = (next: CheckedSystem[]) => {
    const list = next.length > 0 ? next : [fresh([])];
    update(list);
    open(list[0]!.id);
  };
  const tierOf = (candidate: CheckedSystem) => {
    const result = classifyAnswers(tree, candidate.answers, milestones);
    return result.status === 'complete' ? result.tierLabel : null;
  };

  return (
    <div className="check-app" data-ready={saved.ready && inventory.read ? 'true' : undefined}>
      <CheckNotices saved={saved} copy={copy} />
      {steps.question ? (
        <QuestionStep
          key={`${system.id}:${steps.question.id}`}
          question={steps.question}
          number={steps.number}
          answer={system.answers[steps.question.id]}
          invalid={steps.invalid}
          canGoBack={steps.number > 1}
          readOnly={readOnly}
          takeFocus={steps.moved}
          copy={copy}
          onBack={steps.back}
          onAnswer={(answerId) => {
            const answers = { ...system.answers, [steps.question!.id]: answerId };
            setAnswers(answers);
            steps.afterAnswer(steps.question!.id, answers);
          }}
        />
      ) : (
        steps.progress.status === 'complete' && (
          <section aria-labelledby="check-outcome-heading">
            <h2 id="check-outcome-heading" ref={outcomeHeading} tabIndex={-1}>
              {fill(copy.outcomeHeading, { name: system.name })}
            </h2>
            <LoadFailure message={copy.outcomeLoadFailed}>
              <Suspense fallback={<p>{copy.loadingOutcome}</p>}>
                <OutcomeView result={steps.progress} urls={articleUrls} copy={copy} />
              </Suspense>
            </LoadFailure>
            <p className="actions">
              <button type="button" className="button-secondary" onClick={steps.back}>
                {copy.back}
              </button>
            </p>
          </section>
        )
      )}
      <AnswerTrail trail={steps.trail} readOnly={readOnly} copy={copy} onChange={steps.change} />
      <SystemsPanel
        systems={systems}
        openId={system.id}
        tierOf={tierOf}
        readOnly={readOnly}
        copy={copy}
        onOpen={open}
        onRename={(id, name) => update(systems.map((item) => (item.id === id ? { ...item, name } : item)))}
        onDelete={(id) => replaceAll(systems.filter((item) => item.id !== id))}
        hasInventory={entries !== null}
        inInventory={(id) => inventoryIds.has(id)}
        onToInventory={(id) => update(systems.map((item) => (item.id === id ? { ...item, toInventory: true } : item)))}
        deletionList={saved.deletionList}
        onDeleteAll={() => void saved.deleteAll().then(steps.reset)}
        onAdd={(name) => {
          const listed = entries && inventoryEntryNamed(entries, name);
          if (listed) {
            open(listed.checkId);
            saved.setNotice({
              tone: 'info',
              text: fill(copy.alreadyInInventory, { name: listed.name }),
              actions: ['dismiss'],
            });
            return;
          }
          const added = { ...fresh(systems), name };
          update([...systems, added]);
          open(added.id);
        }}
        onExport={() =>
          void loadOnDemand().then(
            (module) => module.exportSystems(systems),
            () => undefined,
          )
        }
        onCsv={() =>
          void loadOnDemand().then(
            (module) => module.downloadSystemsCsv(tree, milestones, systems),
            () => undefined,
          )
        }
        onImport={(file) =>
          void loadOnDemand()
            .then((module) => module.importSystems(file, copy))
            .then(
              (imported) => {
                if ('systems' in imported) replaceAll(imported.systems);
                saved.setNotice(imported.notice);
              },
              () => undefined,
            )
        }
      />
    </div>
  );
}
