/**
 * The SoA's change log: what changed since the last approved version (soaChangesSinceApproval),
 * then what each approved version changed from the one before (soaChangeLog), newest first.
 */
import type { SoaWorkRow } from '../../lib/workbench/soa';
import type { SoaEntry } from '../../lib/workbench/soaSchema';
import {
  soaChangeLog,
  soaChangesSinceApproval,
  type SoaControlChange,
  type SoaField,
} from '../../lib/workbench/soaVersions';
import type { Workspace } from '../../lib/workbench/workspaceSchema';
import { fill } from '../shared/text';
import type { WorkbenchCopy } from './copy';
import type { SoaPageData } from './SoaView';

type SoaCopy = WorkbenchCopy['soa'];

/** Fields short enough to show before and after; the others are named only. */
const SHOWN_VALUES: readonly SoaField[] = ['applicable', 'status', 'owner'];

const when = (iso: string) =>
  iso === '' ? '' : new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function fieldChange(field: SoaField, before: SoaEntry, after: SoaEntry, data: SoaPageData, copy: SoaCopy) {
  const name = copy.fields[field];
  if (!SHOWN_VALUES.includes(field)) return name;
  const value = (entry: SoaEntry) => {
    if (field === 'applicable') return entry.applicable ? copy.included : copy.excluded;
    if (field === 'status') return data.statusLabels[entry.status] ?? entry.status;
    return entry.owner || copy.empty;
  };
  return fill(copy.fromTo, { field: name, before: value(before), after: value(after) });
}

function ChangeList({
  changes,
  data,
  copy,
}: {
  changes: readonly SoaControlChange[];
  data: SoaPageData;
  copy: SoaCopy;
}) {
  return (
    <ul className="soa-changes">
      {changes.map((change) => {
        const what =
          change.kind === 'changed' && change.before && change.after
            ? change.fields.map((field) => fieldChange(field, change.before!, change.after!, data, copy)).join('; ')
            : change.kind === 'added'
              ? copy.added
              : copy.removed;
        return (
          <li key={change.controlId}>
            <strong>{change.controlId}</strong>: {what}
            {change.changedAt && fill(copy.changedAt, { when: when(change.changedAt) })}
          </li>
        );
      })}
    </ul>
  );
}

interface Props {
  workspace: Workspace;
  rows: readonly SoaWorkRow[];
  data: SoaPageData;
  copy: SoaCopy;
}

export function SoaChangeLog({ workspace, rows, data, copy }: Props) {
  const versions = workspace.soa.versions;
  const last = versions.at(-1);
  const since = last ? soaChangesSinceApproval(versions, rows) : [];
  const log = soaChangeLog(versions).reverse();
  return (
    <section aria-labelledby="soa-log-heading" className="soa-log">
      <h3 id="soa-log-heading">{copy.logHeading}</h3>
      {last ? (
        <>
          <h4>{fill(copy.sinceHeading, { label: last.label })}</h4>
          {since.length === 0 ? (
            <p>{fill(copy.sinceNone, { label: last.label })}</p>
          ) : (
            <ChangeList changes={since} data={data} copy={copy} />
          )}
        </>
      ) : (
        <p>{copy.noVersion}</p>
      )}
      {log.map((entry) => (
        <div key={entry.to}>
          <h4>{fill(copy.betweenHeading, { ...entry, date: entry.approvedOn })}</h4>
          {entry.changes.length === 0 ? (
            <p>{copy.betweenNone}</p>
          ) : (
            <ChangeList changes={entry.changes} data={data} copy={copy} />
          )}
        </div>
      ))}
    </section>
  );
}
