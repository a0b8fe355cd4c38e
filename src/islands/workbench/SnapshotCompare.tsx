/**
 * Two snapshots side by side (issue 15, item 2): two selects, by default the last two taken; the
 * earlier is always compared with the later (compareSnapshots orders them).
 */
import { useMemo, useState } from 'react';
import type { ProgressContent } from '../../lib/workbench/progressContent';
import { compareSnapshots } from '../../lib/workbench/snapshotComparison';
import type { Snapshot } from '../../lib/workbench/snapshotSchema';
import { ComparisonReport } from './ComparisonReport';
import type { ProgressCopy } from './progressCopy';

interface Props {
  /** Oldest first, at least two. */
  snapshots: Snapshot[];
  content: ProgressContent;
  evidenceTitles: ReadonlyMap<string, string>;
  copy: ProgressCopy;
}

/** The chosen id while it still exists, else the fallback (a deleted snapshot cannot stay chosen). */
const existing = (snapshots: Snapshot[], id: string | null, fallback: Snapshot) =>
  snapshots.find((snapshot) => snapshot.id === id) ?? fallback;

export function SnapshotCompare({ snapshots, content, evidenceTitles, copy }: Props) {
  const [chosen, setChosen] = useState<{ first: string | null; second: string | null }>({ first: null, second: null });
  const first = existing(snapshots, chosen.first, snapshots.at(-2)!);
  const second = existing(snapshots, chosen.second, snapshots.at(-1)!);
  const comparison = useMemo(
    () => (first.id === second.id ? null : compareSnapshots(first, second, content)),
    [first, second, content],
  );
  const select = (which: 'first' | 'second', label: string, value: Snapshot) => (
    <p className="field">
      <label htmlFor={`compare-${which}`}>{label}</label>
      <select
        id={`compare-${which}`}
        value={value.id}
        onChange={(event) => setChosen({ ...chosen, [which]: event.target.value })}
      >
        {snapshots.map((snapshot, index) => (
          <option key={snapshot.id} value={snapshot.id}>
            {`${index + 1}. ${snapshot.name} (${snapshot.takenOn})`}
          </option>
        ))}
      </select>
    </p>
  );
  return (
    <>
      <p className="field-help" id="compare-help">
        {copy.compareHelp}
      </p>
      <div className="progress-selects">
        {select('first', copy.compareFirst, first)}
        {select('second', copy.compareSecond, second)}
      </div>
      <div role="status">{comparison ? null : <p>{copy.sameChosen}</p>}</div>
      {comparison && (
        <ComparisonReport
          comparison={comparison}
          content={content}
          evidenceTitles={evidenceTitles}
          copy={copy}
          level={4}
        />
      )}
    </>
  );
}
