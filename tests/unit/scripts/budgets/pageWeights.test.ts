import { describe, expect, it } from 'vitest';
import { gzipSize } from '../../../../scripts/lib/budgets/gzipSize';
import { measurePage, sitePathOfHtmlFile } from '../../../../scripts/lib/budgets/pageWeights';

const chrome = 'document.addEventListener("keydown",()=>{})';
const files: Record<string, string> = {
  '/_astro/Tool.js': 'import{r}from"./react.js";export default 1',
  '/_astro/client.js': 'import{r}from"./react.js";',
  '/_astro/react.js': 'export const r=' + '"x".repeat(1000)',
  '/_astro/site.css': 'body{margin:0}'.repeat(20),
};
const read = (path: string) => files[path];

describe('measurePage', () => {
  it('counts a content page: its inline scripts, CSS and HTML', () => {
    const html = `<html><head><link rel="stylesheet" href="/_astro/site.css"><style>.x{}</style></head><body><script type="module">${chrome}</script></body></html>`;
    const weights = measurePage('/controls/a-2-2/', html, read);
    expect(weights.scriptGzipBytes).toBe(gzipSize(chrome));
    expect(weights.cssGzipBytes).toBe(gzipSize(files['/_astro/site.css'] ?? '') + gzipSize('.x{}'));
    expect(weights.htmlGzipBytes).toBe(gzipSize(html));
    expect(weights.missingFiles).toEqual([]);
  });

  it('counts a tool page: island, renderer and their imports, each module once', () => {
    const html = `<astro-island component-url="/_astro/Tool.js" renderer-url="/_astro/client.js"></astro-island>`;
    const weights = measurePage('/estimate/', html, read);
    expect(weights.scriptFiles.map((file) => file.path).sort()).toEqual([
      '/_astro/Tool.js',
      '/_astro/client.js',
      '/_astro/react.js',
    ]);
    expect(weights.scriptGzipBytes).toBe(
      ['/_astro/Tool.js', '/_astro/client.js', '/_astro/react.js'].reduce(
        (total, path) => total + gzipSize(files[path] ?? ''),
        0,
      ),
    );
  });

  it('follows imports of inline modules and reports files missing from the build', () => {
    const html = `<script type="module">import{a}from"/_astro/react.js";</script><link rel="stylesheet" href="/_astro/gone.css">`;
    const weights = measurePage('/search/', html, read);
    expect(weights.scriptFiles.map((file) => file.path)).toContain('/_astro/react.js');
    expect(weights.missingFiles).toEqual(['/_astro/gone.css']);
  });
});

describe('sitePathOfHtmlFile', () => {
  it('maps dist files to the URLs they answer', () => {
    expect(sitePathOfHtmlFile('index.html')).toBe('/');
    expect(sitePathOfHtmlFile('controls/a-6-2-8/index.html')).toBe('/controls/a-6-2-8/');
    expect(sitePathOfHtmlFile('404.html')).toBe('/404.html');
  });
});
