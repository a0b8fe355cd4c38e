/**
 * "Import into this browser": says what the import replaces (read from this browser first), asks,
 * and only then writes the received workspace and its answers through the shared saved slots, so a
 * change another tab made since is never overwritten.
 */
import { useEffect, useRef, useState } from 'react';
import { STORAGE_KEY as ASSESSMENT_KEY } from '../../lib/assessment/storageWrite';
import type { LocalWorkspace } from '../../lib/handoff/localWorkspace';
import type { Workspace } from '../../lib/workbench/workspaceSchema';
import { useSavedSlot } from '../shared/useSavedSlot';
import { fill } from '../shared/text';
import { WORKSPACE_KEY } from '../workbench/useWorkspace';
import type { HandoffOpenCopy } from './copy';
import { describeLocalWorkspace, importTexts } from './openOnDemand';

interface Props {
  workspace: Workspace;
  copy: HandoffOpenCopy;
}

type Step =
  | { kind: 'offer' }
  | { kind: 'confirm'; local: LocalWorkspace }
  | { kind: 'done'; warning: string | null }
  | { kind: 'refused'; reason: string };

export function ImportPanel({ workspace, copy }: Props) {
  const workspaceSlot = useSavedSlot(WORKSPACE_KEY);
  const answersSlot = useSavedSlot(ASSESSMENT_KEY);
  const [step, setStep] = useState<Step>({ kind: 'offer' });
  const focusTarget = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (step.kind !== 'offer') focusTarget.current?.focus();
  }, [step.kind]);

  const ask = () => {
    let local: LocalWorkspace;
    try {
      local = describeLocalWorkspace(window.localStorage);
    } catch {
      local = { kind: 'none' };
    }
    setStep({ kind: 'confirm', local });
  };

  const replace = async () => {
    const texts = importTexts(workspace);
    const outcome = await workspaceSlot.write(texts.workspace);
    if (outcome !== 'saved') return setStep({ kind: 'refused', reason: copy.importFailed[outcome] });
    const answers = await answersSlot.write(texts.assessment);
    setStep({ kind: 'done', warning: answers === 'saved' ? null : copy.assessmentNotSaved });
  };

  return (
    <section aria-labelledby="import-heading" className="handoff-import no-print">
      <h3 id="import-heading">{copy.importHeading}</h3>
      <p>{copy.importIntro}</p>
      {step.kind === 'offer' && (
        <p className="actions">
          <button type="button" className="button" onClick={ask}>
            {copy.import}
          </button>
        </p>
      )}
      {step.kind === 'confirm' && (
        <div className="callout notice notice-warning">
          <p ref={focusTarget} tabIndex={-1}>
            {step.local.kind === 'saved'
              ? fill(copy.replaces, step.local.contents)
              : step.local.kind === 'none'
                ? copy.replacesNothing
                : copy.localUnreadable}
          </p>
          <p className="actions">
            {step.local.kind !== 'unreadable' && (
              <button
                type="button"
                className={step.local.kind === 'saved' ? 'button-danger' : 'button'}
                onClick={() => void replace()}
              >
                {step.local.kind === 'saved' ? copy.confirm : copy.confirmEmpty}
              </button>
            )}{' '}
            <button type="button" className="button-secondary" onClick={() => setStep({ kind: 'offer' })}>
              {copy.cancel}
            </button>
          </p>
        </div>
      )}
      <div role="status">
        {step.kind === 'done' && (
          <p ref={focusTarget} tabIndex={-1}>
            {copy.imported} <a href="/assessment/workbench/">{copy.openWorkbench}</a>
            {step.warning && ` ${step.warning}`}
          </p>
        )}
        {step.kind === 'refused' && <p>{step.reason}</p>}
      </div>
    </section>
  );
}
