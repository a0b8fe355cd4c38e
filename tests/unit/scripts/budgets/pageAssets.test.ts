import { describe, expect, it } from 'vitest';
import { findPageAssets, parseAttributes } from '../../../../scripts/lib/budgets/pageAssets';

const page = `<!doctype html><html><head>
<link rel="stylesheet" href="/_astro/BaseLayout.css"><link rel=stylesheet href="/brand.css">
<link rel="modulepreload" href="/_astro/chunk.js"><link rel="icon" href="/logo.svg">
<script>try{localStorage.getItem('theme')}catch(e){}</script>
<script type="application/ld+json">{"@type":"BreadcrumbList"}</script>
<style>.a{color:red}</style>
</head><body>
<astro-island uid="x" component-url="/_astro/Estimator.js" renderer-url="/_astro/client.js" props="{&quot;a&quot;:1}"></astro-island>
<astro-island uid="y" component-url="/_astro/Estimator.js" renderer-url="/_astro/client.js"></astro-island>
<script type="module">import{a}from"/_astro/hoisted.js";a()</script>
<script type="module" src="/_astro/page.js"></script>
</body></html>`;

describe('findPageAssets', () => {
  const assets = findPageAssets(page);

  it('finds external scripts and the inline scripts a browser runs, not JSON-LD', () => {
    expect(assets.externalScripts).toEqual(['/_astro/page.js']);
    expect(assets.inlineScripts.map((script) => script.type)).toEqual(['', 'module']);
  });

  it('finds island modules once each, preloaded modules and stylesheets', () => {
    expect(assets.islandModules).toEqual(['/_astro/Estimator.js', '/_astro/client.js']);
    expect(assets.preloadedModules).toEqual(['/_astro/chunk.js']);
    expect(assets.stylesheets).toEqual(['/_astro/BaseLayout.css', '/brand.css']);
    expect(assets.inlineStyles).toEqual(['.a{color:red}']);
  });
});

describe('parseAttributes', () => {
  it('reads quoted, unquoted and bare attributes and decodes entities', () => {
    const attributes = parseAttributes(` type="module" src=/a.js async data-x='1' title="a &amp; b"`);
    expect(Object.fromEntries(attributes)).toEqual({
      type: 'module',
      src: '/a.js',
      async: '',
      'data-x': '1',
      title: 'a & b',
    });
  });
});
