// Reads Lighthouse results (LHR JSON) into the figures we report, and explains any lost points.

export const CATEGORY_IDS = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** The parts of a Lighthouse result this module reads. */
export interface LighthouseResult {
  /** Set when Lighthouse could not audit the page (e.g. NO_NAVSTART on a busy machine). */
  runtimeError?: { code: string; message: string };
  categories: Partial<Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>>;
  audits: Record<
    string,
    {
      id: string;
      title: string;
      score: number | null;
      scoreDisplayMode?: string;
      numericValue?: number;
      displayValue?: string;
      details?: { items?: Record<string, unknown>[] };
    }
  >;
}

export interface LostPoints {
  category: CategoryId;
  audit: string;
  title: string;
  score: number;
  displayValue?: string;
  /** Elements or resources the audit points at (CSS selector and HTML snippet, or URL). */
  targets: string[];
}

export interface PageSummary {
  page: string;
  /** Category scores 0-100, null when Lighthouse could not score the category. */
  scores: Record<CategoryId, number | null>;
  lcpMs: number | undefined;
  tbtMs: number | undefined;
  cls: number | undefined;
  lostPoints: LostPoints[];
}

function describeTarget(item: Record<string, unknown>): string | undefined {
  const node = item.node as { selector?: string; snippet?: string } | undefined;
  if (node?.selector || node?.snippet) return [node.selector, node.snippet].filter(Boolean).join(' ');
  if (typeof item.url === 'string') return item.url;
  if (typeof item.source === 'string') return item.source;
  return undefined;
}

/** Diagnostic audits that say what caused a metric's score: scripts for TBT, elements for LCP and CLS. */
const METRIC_DIAGNOSTICS: Record<string, string> = {
  'total-blocking-time': 'bootup-time',
  'largest-contentful-paint': 'largest-contentful-paint-element',
  'cumulative-layout-shift': 'layout-shifts',
};

function describeDiagnostic(audit: LighthouseResult['audits'][string] | undefined): string[] {
  if (!audit) return [];
  if (audit.scoreDisplayMode === 'error') return [`(${audit.id} could not run in this Lighthouse and Chromium)`];
  return (audit.details?.items ?? []).slice(0, 5).flatMap((item) => {
    const target = describeTarget(item);
    if (!target) return [];
    const scripting = typeof item.scripting === 'number' ? ` ${Math.round(item.scripting)} ms scripting` : '';
    return [`${target}${scripting}`];
  });
}

export function summarizeLighthouse(page: string, result: LighthouseResult): PageSummary {
  const scores = Object.fromEntries(
    CATEGORY_IDS.map((id) => {
      const score = result.categories[id]?.score;
      return [id, score === null || score === undefined ? null : Math.round(score * 100)];
    }),
  ) as Record<CategoryId, number | null>;

  const lostPoints: LostPoints[] = [];
  for (const category of CATEGORY_IDS) {
    for (const reference of result.categories[category]?.auditRefs ?? []) {
      const audit = result.audits[reference.id];
      if (!audit || reference.weight === 0 || audit.score === null || audit.score >= 1) continue;
      const diagnostic = METRIC_DIAGNOSTICS[audit.id];
      const targets =
        diagnostic === undefined
          ? (audit.details?.items ?? []).map(describeTarget).filter((target): target is string => Boolean(target))
          : describeDiagnostic(result.audits[diagnostic]);
      lostPoints.push({
        category,
        audit: audit.id,
        title: audit.title,
        score: audit.score,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        targets: targets.slice(0, 5),
      });
    }
  }
  return {
    page,
    scores,
    lcpMs: result.audits['largest-contentful-paint']?.numericValue,
    tbtMs: result.audits['total-blocking-time']?.numericValue,
    cls: result.audits['cumulative-layout-shift']?.numericValue,
    lostPoints,
  };
}

/**
 * The run with the median performance score: timings vary between runs on a shared machine,
 * and Lighthouse's own guidance is to report the median of several runs.
 */
export function medianRun(runs: readonly PageSummary[]): PageSummary {
  const sorted = [...runs].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error('medianRun needs at least one run');
  return median;
}

/** Pages with a category below `threshold` (an unscored category counts as below). */
export function pagesBelow(summaries: readonly PageSummary[], threshold: number): string[] {
  return summaries.flatMap((summary) =>
    CATEGORY_IDS.filter((id) => (summary.scores[id] ?? 0) < threshold).map(
      (id) => `${summary.page} ${id} ${summary.scores[id] ?? 'not scored'}`,
    ),
  );
}

function cell(value: string, width: number): string {
  return value.padEnd(width);
}

export function formatLighthouseTable(summaries: readonly PageSummary[]): string[] {
  const width = Math.max(4, ...summaries.map((summary) => summary.page.length)) + 2;
  const header = `${cell('Page', width)}Perf  A11y  BP    SEO   LCP      TBT     CLS`;
  const rows = summaries.map((summary) => {
    const scores = CATEGORY_IDS.map((id) => cell(String(summary.scores[id] ?? '-'), 6)).join('');
    const lcp = summary.lcpMs === undefined ? '-' : `${(summary.lcpMs / 1000).toFixed(1)} s`;
    const tbt = summary.tbtMs === undefined ? '-' : `${Math.round(summary.tbtMs)} ms`;
    const cls = summary.cls === undefined ? '-' : summary.cls.toFixed(3);
    return `${cell(summary.page, width)}${scores}${cell(lcp, 9)}${cell(tbt, 8)}${cls}`;
  });
  return [header, ...rows];
}

export function formatLostPoints(summary: PageSummary): string[] {
  return summary.lostPoints.flatMap((lost) => [
    `${summary.page} ${lost.category}: ${lost.audit} "${lost.title}" score ${lost.score}${lost.displayValue ? ` (${lost.displayValue})` : ''}`,
    ...lost.targets.map((target) => `    ${target}`),
  ]);
}

/** The newest update's page from dist/updates/ folder names, which start with the publication date. */
export function newestUpdatePage(folderNames: readonly string[]): string | undefined {
  const dated = folderNames.filter((name) => /^\d{4}-\d{2}-\d{2}-/.test(name)).sort();
  const newest = dated.at(-1);
  return newest === undefined ? undefined : `/updates/${newest}/`;
}
