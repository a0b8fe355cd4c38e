/** Main sections, in header order. Labels are generic UI text, not brand content. */
export const primaryNavigation = [
  { label: 'Controls', href: '/controls/' },
  { label: 'Clauses', href: '/clauses/' },
  { label: 'Industries', href: '/industries/' },
  { label: 'Costs', href: '/costs/' },
  { label: 'Certification', href: '/certification/' },
  { label: 'Compare', href: '/compare/' },
  { label: 'Updates', href: '/updates/' },
  { label: 'FAQ', href: '/faq/' },
] as const;

/** Footer groups: every section of the site, so each page is two clicks from any other. */
export const footerNavigation = [
  {
    heading: 'Guidance',
    links: [
      { label: 'Annex A controls', href: '/controls/' },
      { label: 'Clauses 4-10', href: '/clauses/' },
      { label: 'Industries', href: '/industries/' },
      { label: 'Cloud platforms', href: '/platforms/' },
      { label: 'Common mistakes', href: '/mistakes/' },
    ],
  },
  {
    heading: 'Planning',
    links: [
      { label: 'Costs', href: '/costs/' },
      { label: 'Path to certification', href: '/certification/' },
      { label: 'Framework comparison', href: '/compare/' },
      { label: 'FAQ', href: '/faq/' },
      { label: 'Services', href: '/services/' },
    ],
  },
  {
    heading: 'Tools',
    links: [
      { label: 'Readiness assessment', href: '/assessment/' },
      { label: 'Quote estimator', href: '/estimate/' },
      { label: 'Annex A checklist (CSV)', href: '/downloads/annex-a-checklist.csv' },
      { label: 'Search', href: '/search/' },
    ],
  },
  {
    heading: 'News',
    links: [
      { label: 'Updates', href: '/updates/' },
      { label: 'RSS feed', href: '/rss.xml' },
    ],
  },
] as const;

/** True when `href` is the current section, so the header can mark it with aria-current. */
export function isCurrentSection(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname.startsWith(href);
}
