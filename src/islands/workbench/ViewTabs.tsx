/**
 * The workbench's tabs (WAI-ARIA tabs pattern, manual activation): arrow keys, Home and End move
 * between tabs, Enter or Space shows the focused one. Only the selected tab is in the tab order.
 */
import { useRef, type KeyboardEvent } from 'react';
import type { WorkbenchViewId } from './views';

interface Props {
  views: readonly WorkbenchViewId[];
  labels: Record<WorkbenchViewId, string>;
  selected: WorkbenchViewId;
  label: string;
  onSelect: (view: WorkbenchViewId) => void;
}

export const tabId = (view: WorkbenchViewId) => `workbench-tab-${view}`;
export const panelId = (view: WorkbenchViewId) => `workbench-panel-${view}`;

export function ViewTabs({ views, labels, selected, label, onSelect }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const focusTab = (index: number) => {
    const count = views.length;
    const view = views[((index % count) + count) % count]!;
    list.current?.querySelector<HTMLButtonElement>(`#${tabId(view)}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: -1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    focusTab(target);
  };
  return (
    <div ref={list} role="tablist" aria-label={label} className="workbench-tabs">
      {views.map((view, index) => (
        <button
          key={view}
          id={tabId(view)}
          type="button"
          role="tab"
          aria-selected={view === selected}
          aria-controls={panelId(view)}
          tabIndex={view === selected ? 0 : -1}
          onClick={() => onSelect(view)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {labels[view]}
        </button>
      ))}
    </div>
  );
}
