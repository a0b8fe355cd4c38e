/** Citations of the AI Act as the check writes them: "Art. 6(3)", "Annex III, point 4", … */

const ARTICLE_PART = /^(Art\. \d+|Annex [IVX]+)/;

/** The article or annex a reference points into ("Art. 6" for "Art. 6(3)(a)"), or undefined. */
export function articleOf(reference: string): string | undefined {
  return ARTICLE_PART.exec(reference)?.[1];
}

/** The references in `references` whose article is not in `known`, in order. */
export function unknownReferences(references: readonly string[], known: ReadonlySet<string>): string[] {
  return references.filter((reference) => {
    const article = articleOf(reference);
    return article === undefined || !known.has(article);
  });
}

/** Distinct references, in order of first appearance. */
export const distinctReferences = (references: readonly string[]): string[] => [...new Set(references)];
