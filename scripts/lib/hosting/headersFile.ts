// Reads a `_headers` file (Netlify, Cloudflare Pages) and works out the headers a path gets.

export interface HeaderRule {
  /** URL pattern as written, e.g. "/_astro/*". */
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: trimmed, headers: [] });
      continue;
    }
    const separator = trimmed.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || separator < 1)
      throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path, got "${trimmed}"`);
    rule.headers.push([trimmed.slice(0, separator).trim(), trimmed.slice(separator + 1).trim()]);
  }
  return rules;
}

/** "*" matches anything (slashes included) and ":name" one path segment, as both hosts define them. */
function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

export function ruleMatches(rule: HeaderRule, urlPath: string): boolean {
  return patternToRegExp(rule.pattern).test(urlPath);
}

/**
 * Headers for a path as Cloudflare Pages applies them: every matching rule contributes, and a header
 * set by two matching rules gets both values joined by ", ". (Netlify lets the later rule win instead;
 * a file where no header is set twice for one path behaves the same on both.)
 */
export function headersForPath(rules: readonly HeaderRule[], urlPath: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules.filter((candidate) => ruleMatches(candidate, urlPath))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const previous = headers.get(key);
      headers.set(key, previous === undefined ? value : `${previous}, ${value}`);
    }
  }
  return headers;
}

/** Header names that two or more rules set for the same path: their values would be joined. */
export function headersSetTwice(rules: readonly HeaderRule[], urlPath: string): string[] {
  const counts = new Map<string, number>();
  for (const rule of rules.filter((candidate) => ruleMatches(candidate, urlPath))) {
    for (const name of new Set(rule.headers.map(([header]) => header.toLowerCase()))) {
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, count]) => count > 1).map(([name]) => name);
}
