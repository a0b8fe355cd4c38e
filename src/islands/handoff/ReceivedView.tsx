/**
 * A received workspace, read-only: readiness and its band, the most urgent gaps, the scope, the
 * inventory, a link to a pre-filled estimate, and the import (which asks first). Loaded on demand
 * once a hand-off opened.
 */
import { useEffect, useRef } from 'react';
import type { SummaryContent } from '../../lib/handoff/receivedSummary';
import type { ReceivedWorkspace } from '../../lib/handoff/workspaceHandoff';
import { DataTable } from '../shared/DataTable';
import { fill } from '../shared/text';
import type { HandoffOpenCopy } from './copy';
import { ImportPanel } from './ImportPanel';
import { prefilledEstimatePath, summarizeReceived } from './openOnDemand';

export interface ReceivedProps {
  received: ReceivedWorkspace;
  contentVersion: string;
  content: SummaryContent;
  /** Largest AI system count the estimator accepts (content/data/pricing.yaml). */
  maxAiSystems: number;
  /** Words for stored values, by value: scoping, gap kinds, lifecycle stages and the check's tiers. */
  labels: {
    role: Record<string, string>;
    sizeBand: Record<string, string>;
    gapKind: Record<string, string>;
    lifecycle: Record<string, string>;
    tier: Record<string, string>;
  };
  copy: HandoffOpenCopy;
}

export default function ReceivedView({ received, content, maxAiSystems, labels, copy }: ReceivedProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { workspace, sealedAt, contentChanged } = received;
  const summary = summarizeReceived(workspace, content);
  const estimate = prefilledEstimatePath(workspace, maxAiSystems);
  const { scoping } = workspace.assessment;
  const word = (words: Record<string, string>, value: string | null) =>
    value === null ? copy.notAnswered : (words[value] ?? value);
  const setting = (words: Record<string, string>, value: string | null) =>
    value === null ? copy.notSet : (words[value] ?? value);
  const sealedOn = sealedAt === '' ? '' : fill(copy.sealedOn, { date: sealedAt.slice(0, 10) });

  return (
    <section aria-labelledby="received-heading" className="handoff-received">
      <h2 id="received-heading" ref={heading} tabIndex={-1}>
        {copy.readOnlyHeading}
      </h2>
      <p>{fill(copy.readOnlyIntro, { sealedAt: sealedOn })}</p>
      {contentChanged && <p className="callout">{copy.contentChanged}</p>}

      <h3>{copy.readinessHeading}</h3>
      <p data-testid="received-readiness">
        {summary.percent === null ? copy.readinessNone : fill(copy.readiness, summary)}
        {summary.band && ` ${fill(copy.band, summary.band)}`}{' '}
        {fill(copy.essentialGaps, { count: summary.essentialGaps })}
      </p>

      <h3>{copy.scopingHeading}</h3>
      <dl className="handoff-scoping">
        <dt>{copy.scoping.role}</dt>
        <dd>{word(labels.role, scoping.role)}</dd>
        <dt>{copy.scoping.sizeBand}</dt>
        <dd>{word(labels.sizeBand, scoping.sizeBand)}</dd>
        <dt>{copy.scoping.aiSystemCount}</dt>
        <dd>{scoping.aiSystemCount ?? copy.notAnswered}</dd>
      </dl>

      <h3>{copy.gapsHeading}</h3>
      {summary.gaps.length === 0 ? (
        <p>{copy.noGaps}</p>
      ) : (
        <DataTable
          caption={fill(copy.gapsCaption, { shown: summary.gaps.length, total: summary.gapCount })}
          head={[copy.gapColumns.question, copy.gapColumns.kind, copy.gapColumns.priority]}
          rows={summary.gaps.map((gap) => [gap.question.text, labels.gapKind[gap.kind] ?? gap.kind, gap.priority])}
        />
      )}

      <h3>{copy.inventoryHeading}</h3>
      <p>{fill(copy.inventoryCount, { count: summary.systems, inScope: summary.systemsInScope })}</p>
      {workspace.inventory.systems.length === 0 ? (
        <p>{copy.emptyInventory}</p>
      ) : (
        <DataTable
          caption={copy.inventoryCaption}
          head={Object.values(copy.columns)}
          rows={workspace.inventory.systems.map((system) => [
            system.name,
            system.owner || copy.notSet,
            setting(labels.role, system.role),
            setting(labels.lifecycle, system.lifecycleStage),
            setting(labels.tier, system.euAiAct.tier),
            system.inScope ? copy.yes : copy.no,
          ])}
        />
      )}

      <h3>{copy.estimateHeading}</h3>
      {estimate ? (
        <>
          <p>
            <a className="button-secondary" href={estimate}>
              {copy.openEstimate}
            </a>
          </p>
          <p className="field-help">{copy.estimateHelp}</p>
        </>
      ) : (
        <p>{copy.noEstimate}</p>
      )}

      <ImportPanel workspace={workspace} copy={copy} />
    </section>
  );
}
