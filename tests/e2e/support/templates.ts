import { sitemapPaths } from './sitemap';

/**
 * One built page for every page file in src/pages: the default suite loads each in a browser in the
 * light theme, the a11y run puts each through axe in the dark theme (its sweep does every page in the
 * light theme). Null: the build made no page from that file with today's content.
 */
export const PAGE_TEMPLATES: Record<string, string | null> = {
  'index.astro': '/',
  '404.astro': '/no-such-page/',
  'assessment/index.astro': '/assessment/',
  'assessment/method.astro': '/assessment/method/',
  'assessment/workbench.astro': '/assessment/workbench/',
  'assessment/workbench/open.astro': '/assessment/workbench/open/',
  'certification.astro': '/certification/',
  'clauses/index.astro': '/clauses/',
  'clauses/[clause].astro': '/clauses/6/',
  'compare.astro': '/compare/',
  'controls/index.astro': '/controls/',
  'controls/[slug].astro': '/controls/a-6-2-8/',
  'controls/filter/[key].astro': '/controls/filter/nist-map/',
  'costs.astro': '/costs/',
  'estimate/index.astro': '/estimate/',
  'estimate/method.astro': '/estimate/method/',
  'eu-ai-act/index.astro': '/eu-ai-act/',
  'eu-ai-act/check/index.astro': '/eu-ai-act/check/',
  'eu-ai-act/check/method.astro': '/eu-ai-act/check/method/',
  'eu-ai-act/timeline.astro': '/eu-ai-act/timeline/',
  'faq.astro': '/faq/',
  'industries/index.astro': '/industries/',
  'industries/[slug].astro': '/industries/healthcare/',
  'mistakes.astro': '/mistakes/',
  'offline.astro': '/offline/',
  'platforms/index.astro': '/platforms/',
  'platforms/[slug].astro': '/platforms/aws/',
  // With results, so the result list is checked too.
  'search.astro': '/search/?q=risk',
  'services/index.astro': '/services/',
  'services/[slug].astro': '/services/vanta-implementation/',
  'updates/index.astro': '/updates/',
  'updates/[slug].astro': '/updates/2026-11-20-eu-ai-act-high-risk-dates-moved/',
  // Pages 2 and on of the updates exist only once there are more updates than fit on one page.
  'updates/page/[page].astro': sitemapPaths().find((path) => path.startsWith('/updates/page/')) ?? null,
  'updates/tags/[tag].astro': '/updates/tags/eu-ai-act/',
};

/** The files in src/pages that are not HTML pages, by the address they are served at. */
export const ENDPOINTS: Record<string, string> = {
  'brand.css.ts': '/brand.css',
  'feed.json.ts': '/feed.json',
  'rss.xml.ts': '/rss.xml',
  'robots.txt.ts': '/robots.txt',
  'downloads/annex-a-checklist.csv.ts': '/downloads/annex-a-checklist.csv',
  'downloads/annex-a-checklist.json.ts': '/downloads/annex-a-checklist.json',
  'eu-ai-act/timeline.ics.ts': '/eu-ai-act/timeline.ics',
};

/** The template pages with a built address, and the status each answers with. */
export function templatePages(): { file: string; path: string; status: number }[] {
  return Object.entries(PAGE_TEMPLATES).flatMap(([file, path]) =>
    path ? [{ file, path, status: file === '404.astro' ? 404 : 200 }] : [],
  );
}
