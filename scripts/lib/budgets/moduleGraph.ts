// Follows a page's JavaScript modules through their static imports, as the browser fetches them
// before the code runs. Dynamic import() chunks load later, on demand, and are listed apart.

/** Specifiers of `import x from "…"`, `import "…"` and `export … from "…"` (not `import("…")`). */
export function staticImports(code: string): string[] {
  const specifiers = [
    ...code.matchAll(/(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"'\n]+)["']/g),
  ].map((match) => match[1] ?? '');
  return [...new Set(specifiers.filter(Boolean))];
}

export function dynamicImports(code: string): string[] {
  // Rolldown writes import(`./chunk.js`) with backticks.
  const specifiers = [...code.matchAll(/(?:^|[^\w$.])import\(\s*(["'`])([^"'`\n]+)\1\s*\)/g)].map(
    (match) => match[2] ?? '',
  );
  return [...new Set(specifiers.filter(Boolean))];
}

/** A site path for `specifier` as imported from the module at `fromPath`; undefined for bare or remote imports. */
export function resolveModulePath(specifier: string, fromPath: string): string | undefined {
  if (!specifier.startsWith('/') && !specifier.startsWith('./') && !specifier.startsWith('../')) return undefined;
  return new URL(specifier, new URL(fromPath, 'http://site.invalid')).pathname;
}

export interface ModuleGraph {
  /** Site paths loaded before the page's scripts run, entries included. */
  modules: string[];
  /** Site paths only reachable through import(): loaded on demand. */
  lazyModules: string[];
  /** Paths that were imported but not found in the build. */
  missing: string[];
}

/** Walks static imports from `entries` (site paths); `readModule` returns a module's code or undefined. */
export function collectModuleGraph(
  entries: readonly string[],
  readModule: (sitePath: string) => string | undefined,
): ModuleGraph {
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const missing = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    if (seen.has(current) || missing.has(current)) continue;
    const code = readModule(current);
    if (code === undefined) {
      missing.add(current);
      continue;
    }
    seen.add(current);
    for (const specifier of staticImports(code)) {
      const target = resolveModulePath(specifier, current);
      if (target) queue.push(target);
    }
    for (const specifier of dynamicImports(code)) {
      const target = resolveModulePath(specifier, current);
      if (target) lazy.add(target);
    }
  }
  return { modules: [...seen], lazyModules: [...lazy].filter((path) => !seen.has(path)), missing: [...missing] };
}
