import { describe, expect, it } from 'vitest';
import {
  pageFile,
  PRECACHED_PAGES,
  precacheList,
  sameOriginPath,
  stylesheetReferences,
} from '../../../../scripts/lib/offline/precacheList';
import { buildIdFor, MANIFEST_GLOBAL, workerScript } from '../../../../scripts/lib/offline/workerScript';

const toolPage = `<!doctype html><html><head>
<link rel="icon" href="/logo.svg" type="image/svg+xml">
<link rel="stylesheet" href="/brand.css"><link rel="stylesheet" href="/_astro/BaseLayout.abc.css">
<script type="application/ld+json">{"url":"/_astro/not-a-script.js"}</script>
<script type="module">import "/_astro/page.aaa.js";</script>
</head><body><img src="/logo.svg" alt="">
<img src="https://cdn.example/remote.png" alt="">
<astro-island component-url="/_astro/AssessmentApp.bbb.js" renderer-url="/_astro/client.ccc.js"></astro-island>
</body></html>`;

const site = new Map<string, string>([
  ['/assessment/index.html', toolPage],
  ['/offline/index.html', '<link rel="stylesheet" href="/_astro/BaseLayout.abc.css">'],
  ['/brand.css', ':root{--brand:#123}'],
  ['/logo.svg', '<svg/>'],
  [
    '/_astro/BaseLayout.abc.css',
    '@font-face{src:url(./inter.ddd.woff2)} .x{background:url("data:image/png;base64,AA")}',
  ],
  ['/_astro/inter.ddd.woff2', 'font'],
  ['/_astro/page.aaa.js', 'console.log(1)'],
  ['/_astro/AssessmentApp.bbb.js', 'import{a}from"./react.eee.js";const s=()=>import(`./storage.fff.js`);'],
  ['/_astro/client.ccc.js', 'import"./react.eee.js";'],
  ['/_astro/react.eee.js', 'export const a=1;'],
  ['/_astro/storage.fff.js', 'const r=()=>import("./results.ggg.js");export{r}'],
  ['/_astro/results.ggg.js', 'export const done=true;'],
  ['/_astro/unused.hhh.js', 'never loaded by the listed pages'],
]);
const read = (path: string) => site.get(path);

describe('precache list', () => {
  it('stores the pages and everything they load: styles, fonts, icons, island modules and their on-demand imports', () => {
    const { paths, missing } = precacheList(read, ['/assessment/', '/offline/']);
    expect(missing).toEqual([]);
    expect(paths).toEqual([
      '/assessment/',
      '/offline/',
      '/_astro/AssessmentApp.bbb.js',
      '/_astro/BaseLayout.abc.css',
      '/_astro/client.ccc.js',
      '/_astro/inter.ddd.woff2',
      '/_astro/page.aaa.js',
      '/_astro/react.eee.js',
      '/_astro/results.ggg.js',
      '/_astro/storage.fff.js',
      '/brand.css',
      '/logo.svg',
    ]);
  });

  it('reports pages and files the build does not have instead of leaving them out', () => {
    const withoutReact = (path: string) => (path === '/_astro/react.eee.js' ? undefined : read(path));
    expect(precacheList(withoutReact, ['/assessment/', '/estimate/']).missing).toEqual([
      '/_astro/react.eee.js',
      '/estimate/',
    ]);
  });

  it('stores the tools, the home page, the hubs and the offline page', () => {
    expect(PRECACHED_PAGES).toEqual(
      expect.arrayContaining(['/', '/assessment/', '/estimate/', '/eu-ai-act/check/', '/controls/', '/offline/']),
    );
    expect(PRECACHED_PAGES.every((page) => page.startsWith('/') && page.endsWith('/'))).toBe(true);
  });

  it('keeps only references to this site', () => {
    expect(sameOriginPath('https://cdn.example/x.js', '/')).toBeUndefined();
    expect(sameOriginPath('//cdn.example/x.js', '/')).toBeUndefined();
    expect(sameOriginPath('data:image/png;base64,AA', '/')).toBeUndefined();
    expect(sameOriginPath('../logo.svg?v=2', '/controls/a/')).toBe('/controls/logo.svg');
    expect(stylesheetReferences('a{b:url(/_astro/f.woff2)} c{d:url(https://x.example/y)}', '/_astro/s.css')).toEqual([
      '/_astro/f.woff2',
    ]);
    expect(pageFile('/estimate/')).toBe('/estimate/index.html');
  });
});

describe('sw.js', () => {
  const files = [
    { path: '/', content: 'home' },
    { path: '/_astro/a.js', content: 'code' },
  ];

  it('gets a new build id when a stored file, the list or the worker changes, and the same one otherwise', () => {
    const id = buildIdFor(files, 'worker');
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(buildIdFor(files, 'worker')).toBe(id);
    expect(buildIdFor([files[0]!, { path: '/_astro/a.js', content: 'code!' }], 'worker')).not.toBe(id);
    expect(buildIdFor([files[0]!], 'worker')).not.toBe(id);
    expect(buildIdFor(files, 'worker 2')).not.toBe(id);
    // The path is part of what is hashed: moving content from one file to another is a change.
    expect(buildIdFor([{ path: '/x', content: 'ab' }], '')).not.toBe(buildIdFor([{ path: '/xa', content: 'b' }], ''));
  });

  it('puts the manifest in front of the worker as the global its entry reads', () => {
    const manifest = { buildId: '0123456789abcdef', precache: ['/'], offlinePage: '/offline/' };
    const script = workerScript(manifest, 'startWorker(OFFLINE_MANIFEST);\n');
    const declared = new Function(
      `${script.replace('startWorker(OFFLINE_MANIFEST);', '')}; return ${MANIFEST_GLOBAL};`,
    );
    expect(declared()).toEqual(manifest);
    expect(script.trimEnd().endsWith('startWorker(OFFLINE_MANIFEST);')).toBe(true);
  });
});
