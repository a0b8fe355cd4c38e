// The pages the service worker stores at install, so they work offline from the first visit. The
// build (scripts/lib/offline/precacheList.ts) adds every file they load; the offline page links them.

export interface OfflinePage {
  href: string;
  label: string;
}

/**
 * The tools: a visitor can keep working in them with no network. The one list of tool pages: the
 * JavaScript budgets (scripts/lib/budgets) read it too.
 */
export const TOOL_PAGES: readonly OfflinePage[] = [
  { href: '/assessment/', label: 'Readiness assessment' },
  { href: '/estimate/', label: 'Quote estimator' },
  { href: '/eu-ai-act/check/', label: 'EU AI Act check' },
  { href: '/assessment/workbench/', label: 'Readiness workbench' },
  { href: '/assessment/workbench/open/', label: 'Open a sealed workspace' },
];

/** The home page and the section indexes, from which a visitor finds the pages they opened before. */
export const HUB_PAGES: readonly OfflinePage[] = [
  { href: '/', label: 'Home' },
  { href: '/controls/', label: 'Annex A controls' },
  { href: '/clauses/', label: 'Clauses 4-10' },
  { href: '/industries/', label: 'Industries' },
  { href: '/platforms/', label: 'Cloud platforms' },
  { href: '/services/', label: 'Services' },
  { href: '/updates/', label: 'Updates' },
  { href: '/eu-ai-act/', label: 'EU AI Act' },
];

/** Shown for a page that is neither reachable nor stored (src/pages/offline.astro). */
export const OFFLINE_PAGE = '/offline/';
