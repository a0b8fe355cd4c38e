/**
 * Rebranding is data only: a copy of the project built with SITE_SETTINGS pointing to another
 * settings file (tests/fixtures/rebrand-site.yaml) and that brand's logo in public/ must show the
 * new brand everywhere and nothing of the default one.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../scripts/lib/chromium';
import { serveStatic } from '../../scripts/lib/hosting/staticServer';
import { countPixels, decodePng, inkBox, referenceTextWidth } from '../support/cardPixels';
import { builtFiles, copyProject, project, readBuilt, removeCopy, runBin, type RunResult } from './support/projectCopy';

const fixture = path.join(project, 'tests/fixtures/rebrand-site.yaml');
const BRAND = 'Kestrel Governance Partners';
const SITE = 'https://ai-assurance.kestrel-governance.example';
const EMAIL = 'desk@kestrel-governance.example';
const LOGO = '/brand/kestrel-mark.svg';
const UPDATE = '/updates/2026-11-20-eu-ai-act-high-risk-dates-moved/';
const COLOR = '#0f766e';
const COLOR_DARK = '#5eead4';
const DEFAULT_COLOR = '#1d4ed8';

let dir: string;
let build: RunResult;
let pages: string[];

beforeAll(async () => {
  dir = copyProject('rebrand');
  // The new brand's logo; the default brand's logo files go, as CONTRIBUTING.md tells editors.
  mkdirSync(path.join(dir, 'public/brand'));
  writeFileSync(
    path.join(dir, 'public', LOGO),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" role="img" aria-label="Kestrel logo"><circle cx="16" cy="16" r="15" fill="#0f766e"/></svg>',
  );
  rmSync(path.join(dir, 'public/logo.svg'));
  rmSync(path.join(dir, 'public/favicon.svg'), { force: true });
  // An empty card cache of its own: every card is rendered, as on a fresh clone.
  build = await runBin(dir, 'astro', ['build'], {
    SITE_SETTINGS: fixture,
    SOCIAL_CARDS_CACHE_DIR: path.join(dir, 'card-cache'),
  });
  pages = build.code === 0 ? builtFiles(dir).filter((file) => file.endsWith('.html')) : [];
}, 300_000);

afterAll(() => removeCopy(dir));

const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (match) => JSON.parse(match[1]!) as Record<string, unknown>,
  );

describe('a build with another brand', () => {
  it('builds', () => {
    expect(build.output).not.toMatch(/\berror\b/i);
    expect(build.code).toBe(0);
    expect(pages.length).toBeGreaterThan(50);
  });

  it('leaves nothing of the default brand in any built file', () => {
    const leftovers = builtFiles(dir).filter((file) => /northbeam/i.test(readBuilt(dir, file)));
    expect(leftovers).toEqual([]);
  });

  it('names the brand in every page title, and uses the new origin for every canonical URL', () => {
    for (const page of pages) {
      const html = readBuilt(dir, page);
      expect(html, page).toMatch(new RegExp(`<title>[^<]*\\| ${BRAND}</title>`));
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(canonical, page).toMatch(new RegExp(`^${SITE}/`));
    }
  });

  it('shows the brand, logo and contact address in the header and footer', () => {
    const home = readBuilt(dir, '/index.html');
    const header = /<header[\s\S]*?<\/header>/.exec(home)?.[0] ?? '';
    expect(header).toMatch(new RegExp(`<img src="${LOGO}"`));
    expect(header).toMatch(new RegExp(`<span[^>]*>${BRAND}</span>`));
    const footer = /<footer[\s\S]*?<\/footer>/.exec(home)?.[0] ?? '';
    expect(footer).toMatch(new RegExp(`<strong[^>]*>${BRAND}</strong>`));
    expect(footer).toContain(`href="mailto:${EMAIL}"`);
  });

  it('shows the calls to action of the settings file', () => {
    const home = readBuilt(dir, '/index.html');
    expect(home).toContain('Check how ready you are');
    expect(home).toContain('Price your certification project');
    expect(home).not.toContain('Start the free readiness assessment');
  });

  it('serves the brand colours from /brand.css', () => {
    expect(readBuilt(dir, '/brand.css')).toBe(':root{--brand-primary:#0f766e;--brand-primary-dark:#5eead4}\n');
  });

  it('draws the /costs/ chart in the new brand colours, light and dark', async () => {
    const server = await serveStatic(path.join(dir, 'dist'));
    const executablePath = chromiumExecutable();
    const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
    const rgb = (hex: string) =>
      `rgb(${parseInt(hex.slice(1, 3), 16)}, ${parseInt(hex.slice(3, 5), 16)}, ${parseInt(hex.slice(5, 7), 16)})`;
    try {
      for (const [colorScheme, expected] of [
        ['light', COLOR],
        ['dark', COLOR_DARK],
      ] as const) {
        const page = await browser.newPage({ colorScheme });
        await page.goto(`${server.url}/costs/`);
        const chart = page.getByRole('img', { name: /cost ranges/i });
        // The bars take their colour from CSS custom properties that /brand.css sets from the settings.
        const bars = await chart
          .locator('rect.chart-bar')
          .evaluateAll((rects) =>
            rects.map((rect) => ({ fill: getComputedStyle(rect).fill, stroke: getComputedStyle(rect).stroke })),
          );
        expect(bars.length, colorScheme).toBeGreaterThan(3);
        for (const bar of bars) expect(bar.stroke, colorScheme).toBe(rgb(expected));
        expect(bars.filter((bar) => bar.fill === rgb(expected)).length, colorScheme).toBeGreaterThan(0);
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);

  it('renders every social card with the new brand colour and name, on the new origin', async () => {
    for (const page of ['/index.html', `${UPDATE}index.html`]) {
      const image = /<meta property="og:image" content="([^"]+)"/.exec(readBuilt(dir, page))?.[1] ?? '';
      expect(image, page).toMatch(new RegExp(`^${SITE}/cards/`));
      const card = decodePng(readFileSync(path.join(dir, 'dist', new URL(image).pathname)));
      const whole = { left: 0, top: 0, right: card.width, bottom: card.height };
      expect(countPixels(card, COLOR, { left: 0, top: 560, right: 1200, bottom: 630 }), page).toBeGreaterThan(60_000);
      expect(countPixels(card, DEFAULT_COLOR, whole), page).toBe(0);
      const name = inkBox(card, { left: 150, top: 40, right: 1200, bottom: 140 });
      expect(name!.right - name!.left, page).toBeCloseTo(await referenceTextWidth(BRAND, 36, 600), -1);
    }
  });

  it('names the brand and links to the new origin in rss.xml', () => {
    const rss = readBuilt(dir, '/rss.xml');
    expect(/<channel>\s*<title>([^<]*)<\/title>/.exec(rss)?.[1]).toContain(BRAND);
    const links = [...rss.matchAll(/<link>([^<]*)<\/link>/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) expect(link).toMatch(new RegExp(`^${SITE}/`));
  });

  it('names the brand and links to the new origin in feed.json', () => {
    const feed = JSON.parse(readBuilt(dir, '/feed.json')) as {
      title: string;
      home_page_url: string;
      feed_url: string;
      authors: { name: string; url: string }[];
      items: { id: string; url: string }[];
    };
    expect(feed.title).toContain(BRAND);
    expect(feed.authors).toEqual([{ name: BRAND, url: SITE }]);
    for (const url of [feed.home_page_url, feed.feed_url, ...feed.items.flatMap((item) => [item.id, item.url])]) {
      expect(url).toMatch(new RegExp(`^${SITE}/`));
    }
  });

  it('describes the new organization in the JSON-LD of the home page and of an update', () => {
    const organization = jsonLd(readBuilt(dir, '/index.html')).find((data) => data['@type'] === 'Organization');
    expect(organization).toMatchObject({ name: BRAND, url: SITE, email: EMAIL, logo: `${SITE}${LOGO}` });
    const article = jsonLd(readBuilt(dir, `${UPDATE}index.html`)).find((data) => data['@type'] === 'Article');
    expect(article).toMatchObject({
      url: `${SITE}${UPDATE}`,
      author: { name: BRAND, url: SITE },
      publisher: { name: BRAND, logo: { url: `${SITE}${LOGO}` } },
    });
  });

  it('lists only new-origin URLs in the sitemap and robots.txt', () => {
    const locations = ['/sitemap-index.xml', '/sitemap-0.xml'].flatMap((file) =>
      [...readBuilt(dir, file).matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!),
    );
    expect(locations.length).toBeGreaterThan(50);
    for (const location of locations) expect(location).toMatch(new RegExp(`^${SITE}/`));
    expect(readBuilt(dir, '/robots.txt')).toContain(`${SITE}/sitemap-index.xml`);
  });

  it('links "Edit this page" to the source file in the configured repository', () => {
    expect(readBuilt(dir, `${UPDATE}index.html`)).toContain(
      `href="https://git.kestrel-governance.example/web/iso-site/edit/main/content/updates/2026-11-20-eu-ai-act-high-risk-dates-moved.mdx"`,
    );
  });

  it('gives the estimator the new contact address and currency for its e-mail', () => {
    const estimate = readBuilt(dir, '/estimate/index.html');
    const island = /<astro-island[^>]*component-url="[^"]*Estimator[^"]*"[^>]*>/.exec(estimate)?.[0] ?? '';
    const props = /\sprops="([^"]*)"/.exec(island)?.[1]?.replaceAll('&quot;', '"') ?? '';
    expect(props).toContain(`"contactEmail":[0,"${EMAIL}"]`);
    expect(props).toContain(`"brandName":[0,"${BRAND}"]`);
    expect(props).toContain('"currency":[0,"EUR"]');
  });

  it('is tested with a fixture that differs from the default settings in every brand value', () => {
    const read = (file: string) => parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const fixtureSettings = read(fixture);
    const defaults = read(path.join(project, 'content/settings/site.yaml'));
    for (const key of [
      'brandName',
      'siteUrl',
      'contactEmail',
      'currency',
      'primaryColor',
      'primaryColorDark',
      'logo',
    ]) {
      expect(fixtureSettings[key], key).not.toEqual(defaults[key]);
    }
  });
});
