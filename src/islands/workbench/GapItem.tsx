/**
 * One item of the workbench's gap list: its priority, its kind and why it is a gap, in words, and
 * a link to where it is fixed (the guidance or the control page, or the workbench view).
 */
import type { ReactNode } from 'react';
import type { Gap } from '../../lib/assessment/gaps';
import { GAP_KIND_LABELS } from '../../lib/assessment/labels';
import type { ControlRef } from '../../lib/assessment/types';
import type { WorkbenchGap } from '../../lib/workbench/gaps';
import { IMPACT_ASSESSMENT_LABELS, WORKBENCH_GAP_KIND_LABELS } from '../../lib/workbench/labels';
import type { Workspace } from '../../lib/workbench/workspaceSchema';
import { controlPath } from '../../lib/slugs';
import { fill } from '../shared/text';
import { focusOnArrival } from './arrivalFocus';
import type { EvidenceCopy } from './evidenceCopy';

type Words = EvidenceCopy['results'];

function Heading({
  priority,
  kind,
  raisedBy,
  words,
}: {
  priority: number;
  kind: string;
  raisedBy: string | null;
  words: Words;
}) {
  return (
    <>
      <span className="tag">{fill(words.priority, { priority })}</span> <span className="tag">{kind}</span>
      {raisedBy && (
        <span className="field-help">{fill(words.movedUp, { reason: words.raised[raisedBy] ?? raisedBy })}</span>
      )}
      <br />
    </>
  );
}

export function QuestionGapItem({ gap, words }: { gap: Gap; words: Words }) {
  const { question, kind, priority, raisedBy } = gap;
  return (
    <li>
      <Heading priority={priority} kind={GAP_KIND_LABELS[kind]} raisedBy={raisedBy} words={words} />
      <strong>{question.text}</strong>
      <br />
      {kind === 'no-evidence' ? words.questionNoEvidence : question.action}{' '}
      <a href={question.guidance}>
        {words.guidance}
        <span className="visually-hidden">: {question.text}</span>
      </a>
    </li>
  );
}

/** A link to another workbench view that puts focus on that view's heading when it has one. */
const ViewLink = ({ view, text, context }: { view: string; text: string; context?: string | undefined }) => (
  <a href={`#${view}`} onClick={() => focusOnArrival(view)}>
    {text}
    {context && <span className="visually-hidden">: {context}</span>}
  </a>
);

interface WorkbenchGapProps {
  gap: WorkbenchGap;
  workspace: Workspace;
  controls: readonly ControlRef[];
  words: Words;
}

export function WorkbenchGapItem({ gap, workspace, controls, words }: WorkbenchGapProps) {
  const titleOf = (controlId: string) => controls.find((control) => control.id === controlId)?.title ?? '';
  const { subject } = gap;
  let reason = '';
  let fix: ReactNode = null;
  if (subject.type === 'evidence') {
    const item = workspace.evidence.items.find((candidate) => candidate.id === subject.evidenceId);
    reason = fill(words.overdueReason, { title: item?.title ?? subject.evidenceId, date: item?.reviewBy ?? '' });
    fix = <ViewLink view="evidence" text={words.fixEvidence} context={item?.title} />;
  } else if (subject.type === 'system') {
    const system = workspace.inventory.systems.find((candidate) => candidate.id === subject.systemId);
    const name = system?.name ?? subject.systemId;
    const status = system ? IMPACT_ASSESSMENT_LABELS[system.impactAssessment.status].toLowerCase() : '';
    reason = fill(words.impactReason, { name, status });
    fix = <ViewLink view="inventory" text={fill(words.fixInventory, { name })} />;
  } else {
    const control = subject.controlId;
    const template = gap.kind === 'unowned-control' ? words.unownedReason : words.noEvidenceReason;
    reason = fill(template, { control, title: titleOf(control) });
    fix =
      gap.kind === 'unowned-control' ? (
        <ViewLink view="soa" text={words.fixSoa} context={control} />
      ) : (
        <>
          <ViewLink view="evidence" text={words.addEvidence} context={control} />
          {' · '}
          <a href={controlPath(control)}>{fill(words.expected, { control })}</a>
        </>
      );
  }
  return (
    <li>
      <Heading
        priority={gap.priority}
        kind={WORKBENCH_GAP_KIND_LABELS[gap.kind]}
        raisedBy={gap.raisedBy}
        words={words}
      />
      <strong>{reason}</strong>
      <br />
      {fix}
    </li>
  );
}
