/**
 * Every name the site derives for a URL: control and clause pages, sub-clause anchors and the
 * filter views of the control library. Pages, downloads, the crosswalk and the tests all use
 * these, so a URL is spelled in one place. Changing one moves a published page.
 */

/** `A.6.2.8` -> `a-6-2-8`: the stable URL segment of a control page. */
export function controlSlug(controlId: string): string {
  return controlId.toLowerCase().replaceAll('.', '-');
}

/** `A.6.2.8` -> `/controls/a-6-2-8/`: site path of a control page. */
export function controlPath(controlId: string): string {
  return `/controls/${controlSlug(controlId)}/`;
}

/** `6.1.2` -> `6`: the clause page a sub-clause lives on. */
export function clausePageOf(clauseId: string): string {
  return clauseId.split('.')[0] ?? clauseId;
}

/** `6.1.2` -> `6-1-2`: the anchor of a sub-clause section on its clause page. */
export function clauseAnchor(clauseId: string): string {
  return clauseId.replaceAll('.', '-');
}

/** Site path of a control (`A.4.2`) or clause (`6.1.2`) reference. */
export function referenceHref(reference: string): string {
  if (reference.startsWith('A.')) return controlPath(reference);
  const page = clausePageOf(reference);
  return reference === page ? `/clauses/${page}/` : `/clauses/${page}/#${clauseAnchor(reference)}`;
}

/** Letters and digits of an ID, lower case, joined by hyphens: `Art. 10` -> `art-10`, `A.6` -> `a-6`. */
function filterKeyPart(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Keys of the control library's filter views, the last segment of /controls/filter/<key>/. */
export const controlFilterKey = {
  /** An Annex A group (`A.6` -> `group-a-6`); a sub-group's controls are listed under its parent. */
  group: (groupId: string) => `group-${filterKeyPart(groupId)}`,
  /** An EU AI Act article: `Art. 10` -> `eu-ai-act-art-10`. */
  euAiActArticle: (articleId: string) => `eu-ai-act-${filterKeyPart(articleId)}`,
  /** A NIST AI RMF function: `MEASURE` -> `nist-measure`. */
  nistFunction: (name: string) => `nist-${filterKeyPart(name)}`,
  /** Controls with an indicative ISO/IEC 27001 counterpart. */
  iso27001: 'iso-27001',
} as const;

/** `nist-measure` -> `/controls/filter/nist-measure/`: site path of a filter view. */
export function controlFilterPath(key: string): string {
  return `/controls/filter/${key}/`;
}

/** Lower-case words joined by hyphens, for tags and file names. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
