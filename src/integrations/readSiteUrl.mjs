// The canonical origin comes from content/settings/site.yaml so a rebrand needs no code change.
// Read with a tiny line parser: astro.config loads before the content layer exists.
import { readFileSync } from 'node:fs';

export function readSiteUrl(settingsPath = process.env.SITE_SETTINGS ?? 'content/settings/site.yaml') {
  const text = readFileSync(settingsPath, 'utf8');
  const match = text.match(/^siteUrl:\s*['"]?([^'"\s#]+)/m);
  if (!match) {
    throw new Error(`${settingsPath}: siteUrl is missing; expected an absolute URL such as https://example.com`);
  }
  return match[1];
}
