import { describe, expect, it } from 'vitest';
import {
  collectModuleGraph,
  dynamicImports,
  resolveModulePath,
  staticImports,
} from '../../../../scripts/lib/budgets/moduleGraph';

describe('staticImports', () => {
  it('finds minified imports and re-exports, not dynamic imports', () => {
    const code = `import{r as e}from"./rolldown-runtime.js";import"./side-effect.js";export{a as b}from'./re-export.js';const p=import("./lazy.js");export{e as default};`;
    expect(staticImports(code)).toEqual(['./rolldown-runtime.js', './side-effect.js', './re-export.js']);
    expect(dynamicImports(code)).toEqual(['./lazy.js']);
  });

  it('reads dynamic imports written with backticks, as Rolldown writes them', () => {
    expect(dynamicImports('const a=()=>import(`./AreaStep.js`);')).toEqual(['./AreaStep.js']);
  });

  it('reads imports spread over lines', () => {
    expect(staticImports(`import { a } from "/_astro/a.js";\nimport * as b from "../b.js";`)).toEqual([
      '/_astro/a.js',
      '../b.js',
    ]);
  });
});

describe('resolveModulePath', () => {
  it('resolves relative and root paths against the importing module, and skips bare or remote ones', () => {
    expect(resolveModulePath('./chunk.js', '/_astro/app.js')).toBe('/_astro/chunk.js');
    expect(resolveModulePath('../pagefind/pagefind.js', '/_astro/app.js')).toBe('/pagefind/pagefind.js');
    expect(resolveModulePath('/_astro/x.js', '/controls/a-2-2/')).toBe('/_astro/x.js');
    expect(resolveModulePath('react', '/_astro/app.js')).toBeUndefined();
    expect(resolveModulePath('https://cdn.example/x.js', '/_astro/app.js')).toBeUndefined();
  });
});

describe('collectModuleGraph', () => {
  const files: Record<string, string> = {
    '/_astro/Island.js': 'import{a}from"./react.js";import{b}from"./shared.js";const l=()=>import("./lazy.js")',
    '/_astro/client.js': 'import{a}from"./react.js"',
    '/_astro/react.js': 'import"./shared.js"',
    '/_astro/shared.js': 'export const b=1',
    '/_astro/lazy.js': 'import"./only-lazy.js"',
  };

  it('visits every module once, following static imports from all entries', () => {
    const graph = collectModuleGraph(['/_astro/Island.js', '/_astro/client.js'], (path) => files[path]);
    expect(graph.modules.sort()).toEqual([
      '/_astro/Island.js',
      '/_astro/client.js',
      '/_astro/react.js',
      '/_astro/shared.js',
    ]);
    expect(graph.lazyModules).toEqual(['/_astro/lazy.js']);
    expect(graph.missing).toEqual([]);
  });

  it('reports imports that are not in the build', () => {
    const graph = collectModuleGraph(['/_astro/app.js'], (path) =>
      path === '/_astro/app.js' ? 'import"./gone.js"' : undefined,
    );
    expect(graph.missing).toEqual(['/_astro/gone.js']);
  });
});
