import { HtmlValidate, Parser, type HtmlElement } from 'html-validate/node';

/** What the route checks read from a page's HTML, without a browser. */
export interface PageHtml {
  titles: string[];
  h1Count: number;
  cspMetaCount: number;
  /** Every address the browser would fetch while loading the page, as written in the HTML. */
  resourceAddresses: string[];
}

/** Elements whose attribute makes the browser fetch something when the page loads. */
const FETCHED: [selector: string, attribute: string][] = [
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['img[srcset]', 'srcset'],
  ['source[src]', 'src'],
  ['source[srcset]', 'srcset'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['astro-island[component-url]', 'component-url'],
  ['astro-island[renderer-url]', 'renderer-url'],
];
/** Link relations that fetch (canonical and alternate only name an address). */
const FETCHING_LINKS = new Set([
  'stylesheet',
  'icon',
  'preload',
  'modulepreload',
  'prefetch',
  'manifest',
  'preconnect',
]);
const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g;

let parser: Promise<Parser> | undefined;

/** html-validate's parser (a devDependency already used by the dist checks) with its default rules. */
function htmlParser(): Promise<Parser> {
  parser ??= new HtmlValidate().getConfigFor('page.html').then((config) => new Parser(config));
  return parser;
}

const attribute = (element: HtmlElement, name: string) => String(element.getAttributeValue(name) ?? '');

export async function readPageHtml(html: string): Promise<PageHtml> {
  const root = (await htmlParser()).parseHtml(html);
  const fromAttributes = FETCHED.flatMap(([selector, name]) =>
    root.querySelectorAll(selector).flatMap((element) => {
      const value = attribute(element, name);
      // srcset: "a.png 1x, b.png 2x"
      return name === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!) : [value];
    }),
  );
  const fromLinks = root
    .querySelectorAll('link[href]')
    .filter((link) =>
      attribute(link, 'rel')
        .toLowerCase()
        .split(/\s+/)
        .some((rel) => FETCHING_LINKS.has(rel)),
    )
    .map((link) => attribute(link, 'href'));
  const css = [
    ...root.querySelectorAll('style').map((style) => style.textContent),
    ...root.querySelectorAll('[style]').map((element) => attribute(element, 'style')),
  ].join('\n');
  const fromCss = [...css.matchAll(CSS_URL)].map((match) => match[2] ?? match[4]!);
  return {
    titles: root.querySelectorAll('head > title').map((title) => title.textContent.trim()),
    h1Count: root.querySelectorAll('h1').length,
    cspMetaCount: root
      .querySelectorAll('meta[http-equiv]')
      .filter((meta) => attribute(meta, 'http-equiv').toLowerCase() === 'content-security-policy').length,
    resourceAddresses: [...fromAttributes, ...fromLinks, ...fromCss].filter(Boolean),
  };
}
