/** What kind of page this is; drives the search filter "type". */
export type PageType = 'control' | 'clause' | 'industry' | 'update' | 'faq' | 'page' | 'tool' | 'none';

/** Filter label shown in search, or null for pages kept out of the index (tools, search, 404). */
export const searchTypeLabels: Record<PageType, string | null> = {
  control: 'Control',
  clause: 'Clause',
  industry: 'Industry',
  update: 'Update',
  faq: 'FAQ',
  page: 'Page',
  tool: null,
  none: null,
};
