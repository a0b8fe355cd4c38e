// Every built page links a social card that exists, is a 1200x630 PNG and stays under 100 KB.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFiles, distDir, htmlFiles } from './support/builtSite';

const MAX_CARD_BYTES = 100 * 1024;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const meta = (html: string, attribute: 'property' | 'name', key: string) =>
  new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(html)?.[1];

/** Width and height from the PNG's IHDR chunk, which the format puts first. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const pages = htmlFiles().map((file) => {
  const html = readFileSync(path.join(distDir, file), 'utf8');
  return {
    file,
    html,
    image: meta(html, 'property', 'og:image'),
    canonical: /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1],
  };
});

describe('social cards in dist/', () => {
  it('gives every page an absolute og:image on the site origin, with its size, alt text and twitter:card', () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const { file, html, image, canonical } of pages) {
      expect(image, file).toBeDefined();
      expect(new URL(image!).origin, file).toBe(new URL(canonical!).origin);
      expect(meta(html, 'property', 'og:image:width'), file).toBe('1200');
      expect(meta(html, 'property', 'og:image:height'), file).toBe('630');
      expect(meta(html, 'property', 'og:image:alt'), file).toContain(meta(html, 'property', 'og:title'));
      expect(meta(html, 'name', 'twitter:card'), file).toBe('summary_large_image');
    }
  });

  it('has the card of every page: a 1200x630 PNG under 100 KB', () => {
    for (const { file, image } of pages) {
      const cardFile = path.join(distDir, new URL(image!).pathname);
      expect(existsSync(cardFile), `${file} links ${image}`).toBe(true);
      expect(statSync(cardFile).size, image).toBeLessThan(MAX_CARD_BYTES);
      expect(pngSize(readFileSync(cardFile)), image).toEqual({ width: 1200, height: 630 });
    }
  });

  it('gives each page its own card and leaves no card without a page', () => {
    const linked = pages.map((page) => new URL(page.image!).pathname);
    expect(new Set(linked).size).toBe(linked.length);
    const cards = builtFiles()
      .map((entry) => `/${entry.file}`)
      .filter((file) => file.startsWith('/cards/'));
    expect(cards.sort()).toEqual([...linked].sort());
  });
});
