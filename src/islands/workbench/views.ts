/**
 * The workbench's views, in tab order. Each loads on demand when first shown; the address's
 * fragment names the view (#soa), so a view can be linked to and survives a reload.
 */
export const WORKBENCH_VIEWS = ['inventory', 'soa', 'evidence', 'results', 'files'] as const;

export type WorkbenchViewId = (typeof WORKBENCH_VIEWS)[number];

/** The view a fragment names, or the first view for an empty or unknown fragment. */
export function viewFromHash(hash: string): WorkbenchViewId {
  const id = hash.replace(/^#/, '');
  return (WORKBENCH_VIEWS as readonly string[]).includes(id) ? (id as WorkbenchViewId) : WORKBENCH_VIEWS[0];
}
