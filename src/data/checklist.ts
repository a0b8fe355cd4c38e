import type { ChecklistControl } from '../lib/checklist';
import { getCheckedCatalogue } from './catalogue';
import { getDataFile } from './site';

/** The checked catalogue in the shape the downloads use. */
export async function getChecklistControls(): Promise<ChecklistControl[]> {
  const [{ controls }, standard] = await Promise.all([getCheckedCatalogue(), getDataFile('standard')]);
  const groupTitles = new Map(standard.groups.map((group) => [group.id, group.title]));
  return controls.map(({ data }) => ({
    id: data.id,
    group: data.group,
    groupTitle: groupTitles.get(data.group) ?? '',
    title: data.title,
    summary: data.summary.trim(),
    evidence: data.evidence,
    crosswalk: data.crosswalk,
  }));
}
