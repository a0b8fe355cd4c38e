// What a page's social card says and where it is published: shared by the page head (which links
// the card) and the build step that renders it (src/integrations/socialCards/).

/** Size every social network crops to without losing the edges (Open Graph's 1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Folder of dist/ the cards are written to; one PNG per page. */
export const CARDS_FOLDER = 'cards';

/** What kind of page a card shows, from the page's address. */
export type CardKind = 'home' | 'control' | 'clause' | 'guide' | 'update' | 'tool' | 'regulation' | 'faq' | 'page';

/** The label printed on the card above the title. */
export const cardKindLabels: Record<CardKind, string> = {
  home: 'ISO/IEC 42001 guidance',
  control: 'Annex A control',
  clause: 'Clause',
  guide: 'Guide',
  update: 'Update',
  tool: 'Free tool',
  regulation: 'EU AI Act',
  faq: 'FAQ',
  page: 'Page',
};

/** First path segment of a section, and the kind of its pages below the section's own index. */
const SECTION_KINDS: Record<string, CardKind> = {
  controls: 'control',
  clauses: 'clause',
  industries: 'guide',
  platforms: 'guide',
  services: 'guide',
  updates: 'update',
};

/** Pages that are a kind of their own wherever they sit. */
const PAGE_KINDS: Record<string, CardKind> = {
  assessment: 'tool',
  estimate: 'tool',
  'eu-ai-act': 'regulation',
  faq: 'faq',
  search: 'page',
  '404': 'page',
};

function pathSegments(pathname: string): string[] {
  return pathname
    .replace(/(\/index)?\.html$/, '')
    .split('/')
    .filter((segment) => segment !== '');
}

/**
 * The kind of page at `pathname` (/controls/a-6-2-8/ is a control). A section's index and its
 * listings (/controls/, /controls/filter/x/, /updates/page/2/, /updates/tags/x/) are guides.
 */
export function cardKindFromPath(pathname: string): CardKind {
  const [first, second, third] = pathSegments(pathname);
  if (first === undefined) return 'home';
  const pageKind = PAGE_KINDS[first];
  if (pageKind) return pageKind;
  const sectionKind = SECTION_KINDS[first];
  if (sectionKind === undefined) return 'guide';
  const isListing = second === undefined || (third !== undefined && ['filter', 'page', 'tags'].includes(second));
  return isListing ? 'guide' : sectionKind;
}

/** Site path of the card of the page at `pathname`: /controls/a-6-2-8/ → /cards/controls/a-6-2-8.png. */
export function cardImagePath(pathname: string): string {
  const segments = pathSegments(pathname);
  return `/${CARDS_FOLDER}/${segments.length === 0 ? 'index' : segments.join('/')}.png`;
}

/** Alternative text of the card, for og:image:alt: what the picture shows, in reading order. */
export function cardAltText(title: string, kind: CardKind, brandName: string): string {
  return `${brandName}: ${cardKindLabels[kind]}: ${title}`;
}
