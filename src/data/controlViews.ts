import { buildControlFilters } from '../lib/crosswalk';
import { getCheckedCatalogue } from './catalogue';
import { getDataFile } from './site';

/** Filter views of the library plus what each view lists. */
export async function getControlFilters() {
  const [{ controls }, standard] = await Promise.all([getCheckedCatalogue(), getDataFile('standard')]);
  const filters = buildControlFilters(
    controls.map((control) => ({ ...control.data.crosswalk, id: control.data.id, group: control.data.group })),
    standard.groups.filter((group) => !group.subgroupOf),
    standard.euAiActArticles,
  );
  return { filters, controls, standard };
}
