/** `A.6.2.8` -> `a-6-2-8`: the stable URL segment of a control page. */
export function controlSlug(controlId: string): string {
  return controlId.toLowerCase().replaceAll('.', '-');
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
  if (reference.startsWith('A.')) return `/controls/${controlSlug(reference)}/`;
  const page = clausePageOf(reference);
  return reference === page ? `/clauses/${page}/` : `/clauses/${page}/#${clauseAnchor(reference)}`;
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
