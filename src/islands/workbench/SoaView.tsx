/**
 * The editable Statement of Applicability (issue 14, item 2): the 38 Annex A controls from today's
 * derived draft with the person's edits, their flags, an edit form per control, reset to the draft,
 * approval of a version and the change log. Loaded on demand with the workbench logic.
 */
import { useMemo, useRef, useState } from 'react';
import { lastScopeChange, resetSoaEntry, soaFindings, type SoaWorkRow } from '../../lib/workbench/soa';
import {
  countSoaFindings,
  filterSoaRows,
  findingsByControl,
  workspaceSoaRows,
  type SoaContent,
  type SoaRowFilter,
} from '../../lib/workbench/soaWorkbench';
import type { Workspace } from '../../lib/workbench/workspaceSchema';
import { ReadOnlyGroup } from '../shared/ReadOnlyGroup';
import { fill } from '../shared/text';
import type { WorkbenchCopy } from './copy';
import { SoaApproval } from './SoaApproval';
import { SoaChangeLog } from './SoaChangeLog';
import { SoaControlForm } from './SoaControlForm';
import { SoaTable } from './SoaTable';
import type { SavedWorkspace } from './useWorkspace';
import { ConfirmChoice } from './ConfirmChoice';

/** What the page passes for the SoA (built in workbench.astro). */
export interface SoaPageData extends SoaContent {
  /** The Annex A areas (A.2 to A.10) with their titles, for the filter. */
  areas: { id: string; title: string }[];
  /** Implementation status words (src/lib/workbench/labels.ts). */
  statusLabels: Record<string, string>;
  /** Justification problem words (src/lib/workbench/labels.ts). */
  problemLabels: Record<string, string>;
}

interface Props {
  saved: SavedWorkspace;
  workspace: Workspace;
  data: SoaPageData;
  copy: WorkbenchCopy;
}

function FindingsSummary({ total, text, none }: { total: number; text: string; none: string }) {
  return (
    <p className={total > 0 ? 'callout notice notice-warning' : undefined} data-testid="soa-flag-count">
      {total > 0 ? text : none}
    </p>
  );
}

function RowFilter(props: {
  filter: SoaRowFilter;
  areas: SoaPageData['areas'];
  copy: WorkbenchCopy['soa'];
  onChange: (next: SoaRowFilter) => void;
}) {
  const { filter, areas, copy, onChange } = props;
  return (
    <fieldset className="soa-filter">
      <legend>{copy.filterLegend}</legend>
      <p className="field">
        <label htmlFor="soa-area">{copy.filterArea}</label>
        <select
          id="soa-area"
          value={filter.area}
          onChange={(event) => onChange({ ...filter, area: event.target.value })}
        >
          <option value="">{copy.allAreas}</option>
          {areas.map((area) => (
            <option key={area.id} value={area.id}>
              {area.id} {area.title}
            </option>
          ))}
        </select>
      </p>
      <p className="field field-checkbox">
        <input
          type="checkbox"
          id="soa-flagged-only"
          checked={filter.flaggedOnly}
          onChange={(event) => onChange({ ...filter, flaggedOnly: event.target.checked })}
        />{' '}
        <label htmlFor="soa-flagged-only">{copy.flaggedOnly}</label>
      </p>
    </fieldset>
  );
}

export default function SoaView({ saved, workspace, data, copy }: Props) {
  const words = copy.soa;
  const rows = useMemo(() => workspaceSoaRows(workspace, data), [workspace, data]);
  const findings = useMemo(() => soaFindings(rows, lastScopeChange(workspace)), [rows, workspace]);
  const [filter, setFilter] = useState<SoaRowFilter>({ area: '', flaggedOnly: false });
  const [editing, setEditing] = useState<string | null>(null);
  const [resetting, setResetting] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const readOnly = saved.readOnly;
  const counts = countSoaFindings(findings);
  const shown = filterSoaRows(rows, findings, filter);
  const edited = rows.find((row) => row.controlId === editing);
  const toReset = rows.find((row) => row.controlId === resetting && row.source === 'edited');

  const backToTable = () => {
    setEditing(null);
    setResetting(null);
    heading.current?.focus();
  };
  const say = (text: string) => saved.setNotice({ tone: 'info', text, actions: ['dismiss'] });
  const store = (next: Workspace, text: string) => {
    saved.update(next);
    say(text);
    backToTable();
  };
  const reset = (row: SoaWorkRow) =>
    store(resetSoaEntry(workspace, row.controlId, new Date()), fill(words.resetDone, { id: row.controlId }));

  return (
    <section aria-labelledby="soa-heading" className="workbench-soa">
      <h2 id="soa-heading" ref={heading} tabIndex={-1}>
        {words.heading}
      </h2>
      <p>{words.intro}</p>
      <FindingsSummary total={counts.total} text={fill(words.flagsCount, counts)} none={words.flagsNone} />
      <ReadOnlyGroup readOnly={readOnly} legend={words.readOnlyLegend}>
        <RowFilter filter={filter} areas={data.areas} copy={words} onChange={setFilter} />
        <p role="status">{fill(words.shownCount, { shown: shown.length, total: rows.length })}</p>
        <SoaTable
          rows={shown}
          findings={findingsByControl(findings)}
          evidence={workspace.evidence.items}
          data={data}
          copy={words}
          onEdit={(row) => setEditing(row.controlId)}
          onReset={(row) => setResetting(row.controlId)}
        />
        {toReset && (
          <ConfirmChoice
            key={toReset.controlId}
            label={words.reset}
            question={fill(words.confirmReset, { id: toReset.controlId })}
            yes={fill(words.confirmResetYes, { id: toReset.controlId })}
            cancel={copy.cancel}
            onYes={() => reset(toReset)}
            onCancel={backToTable}
          />
        )}
        {edited && (
          <SoaControlForm
            key={edited.controlId}
            row={edited}
            findings={findings.filter((finding) => finding.controlId === edited.controlId)}
            workspace={workspace}
            data={data}
            copy={copy}
            onStore={store}
            onCancel={backToTable}
          />
        )}
        <SoaApproval
          workspace={workspace}
          rows={rows}
          copy={copy}
          onApproved={(next, text) => {
            // Focus stays in the approval form: the notice announces the new version.
            saved.update(next);
            say(text);
          }}
        />
      </ReadOnlyGroup>
      <SoaChangeLog workspace={workspace} rows={rows} data={data} copy={words} />
    </section>
  );
}
