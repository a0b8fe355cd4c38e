/**
 * Reads the Markdown/MDX body of a content file line by line: images without alt text, and the
 * links it makes (checked later against the built site). Code blocks and inline code are skipped,
 * because examples of Markdown in them are not links.
 */
import type { CheckProblem } from './problems';

export interface BodyLink {
  href: string;
  /** 1-based line in the file. */
  line: number;
}

export interface BodyScan {
  links: BodyLink[];
  /** Images whose alt text is empty or missing. */
  imagesWithoutAlt: { src: string; line: number }[];
}

const FENCE = /^\s*(`{3,}|~{3,})/;
const INLINE_CODE = /(`+)[^`]*?\1/g;
const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]*)/g;
const MARKDOWN_LINK = /(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)/g;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)/;
const HTML_IMAGE = /<img\b[^>]*>/gi;
const HTML_ALT = /\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|\{)/i;
const HTML_SRC = /\ssrc\s*=\s*["']([^"']*)["']/i;
const HTML_HREF = /<a\b[^>]*?\shref\s*=\s*["']([^"']+)["']/gi;

/** Scans `body`, whose first line is line `firstLine` of the file. */
export function scanMarkdownBody(body: string, firstLine: number): BodyScan {
  const scan: BodyScan = { links: [], imagesWithoutAlt: [] };
  let fence: string | undefined;
  body.split(/\r?\n/).forEach((rawLine, index) => {
    const line = firstLine + index;
    const fenceMatch = FENCE.exec(rawLine);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (!fence) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return;
    }
    if (fence) return;
    const text = rawLine.replace(INLINE_CODE, '');
    // Image sources are links too: a missing image file is reported like a missing page.
    for (const [, alt, src] of text.matchAll(MARKDOWN_IMAGE)) {
      if (!alt!.trim()) scan.imagesWithoutAlt.push({ src: src!, line });
      if (src) scan.links.push({ href: src, line });
    }
    for (const [tag] of text.matchAll(HTML_IMAGE)) {
      const src = HTML_SRC.exec(tag)?.[1] ?? '';
      // alt="" marks a decorative image on purpose; only a missing alt is a mistake.
      if (!HTML_ALT.test(tag)) scan.imagesWithoutAlt.push({ src, line });
      if (src) scan.links.push({ href: src, line });
    }
    for (const [, href] of text.matchAll(MARKDOWN_LINK)) scan.links.push({ href: href!, line });
    for (const [, href] of text.matchAll(HTML_HREF)) scan.links.push({ href: href!, line });
    const definition = REFERENCE_DEFINITION.exec(text);
    if (definition) scan.links.push({ href: definition[1]!, line });
  });
  return scan;
}

/** One problem per image without alt text. */
export function imageProblems(file: string, scan: BodyScan): CheckProblem[] {
  return scan.imagesWithoutAlt.map(({ src, line }) => ({
    file,
    line,
    what: `image ${src || '(no file)'} has no alt text`,
    expected:
      'a short description of the image between the brackets, e.g. ![Timeline of EU AI Act dates](/images/timeline.svg)',
  }));
}

/** `## 6.1.2 AI risk assessment` headings (levels 2 and 3) as plain text, for the clause cross-check. */
export function sectionHeadings(body: string): string[] {
  const headings: string[] = [];
  let inFence = false;
  for (const line of body.split(/\r?\n/)) {
    if (FENCE.test(line)) inFence = !inFence;
    const match = !inFence && /^#{2,3}\s+(.+?)\s*#*\s*$/.exec(line);
    if (match) headings.push(match[1]!.replace(/[*_`]/g, '').trim());
  }
  return headings;
}
