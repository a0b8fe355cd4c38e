// The canonical origin comes from content/settings/site.yaml so a rebrand needs no code change.
// Read with a tiny line parser: astro.config loads before the content layer exists.
import { readFileSync } from 'node:fs';

/** @returns {string} */
export function readSiteUrl(settingsPath = process.env.SITE_SETTINGS ?? 'content/settings/site.yaml') {
  const text = readFileSync(settingsPath, 'utf8');
  const url = text.match(/^siteUrl:\s*['"]?([^'"\s#]+)/m)?.[1];
  if (!url) {
    throw new Error(`${settingsPath}: siteUrl is missing; expected an absolute URL such as https://example.com`);
  }
  return url;
}
