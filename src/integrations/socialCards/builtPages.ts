// The pages a build wrote, as their social cards need them: each page's title and the card path
// its head links in og:image (BaseLayout). Reading the built HTML means every page gets the card
// its head promises, whatever route made it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../../scripts/lib/files/listFiles';
import { CARDS_FOLDER } from '../../lib/socialCards/cardModel';

export interface PageNeedingCard {
  /** Site path of the page: /controls/a-6-2-8/, or /404.html. */
  pathname: string;
  title: string;
  /** Site path of the card the page links: /cards/controls/a-6-2-8.png. */
  cardPath: string;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Astro writes in attribute values. */
export function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (reference, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return NAMED_ENTITIES[name.toLowerCase()] ?? reference;
  });
}

function metaContent(html: string, property: string): string | undefined {
  const match = new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html);
  return match?.[1] === undefined ? undefined : decodeAttribute(match[1]);
}

function sitePathOf(htmlFile: string): string {
  return htmlFile.endsWith('/index.html') || htmlFile === 'index.html'
    ? `/${htmlFile.slice(0, -'index.html'.length)}`
    : `/${htmlFile}`;
}

/** Pages in `distDir` whose head links a card under /cards/; pages without one are left out. */
export function pagesNeedingCards(distDir: string): PageNeedingCard[] {
  const pages: PageNeedingCard[] = [];
  for (const { file } of listFiles(distDir)) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(path.join(distDir, file), 'utf8');
    const image = metaContent(html, 'og:image');
    const title = metaContent(html, 'og:title');
    if (image === undefined || title === undefined) continue;
    const cardPath = new URL(image).pathname;
    if (!cardPath.startsWith(`/${CARDS_FOLDER}/`) || !cardPath.endsWith('.png')) continue;
    pages.push({ pathname: sitePathOf(file), title, cardPath });
  }
  return pages;
}
