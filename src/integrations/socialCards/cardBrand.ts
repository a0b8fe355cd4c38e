// The brand a card shows, read the way the site reads it: the settings file (SITE_SETTINGS or
// content/settings/site.yaml) validated by its schema, and the logo file it names in public/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { SETTINGS } from '../../schemas/collections';
import type { CardBrand } from '../../lib/socialCards/cardContent';

export function readCardBrand(root: string): CardBrand {
  const settingsFile = path.resolve(root, process.env.SITE_SETTINGS ?? SETTINGS.file);
  let settings;
  try {
    settings = SETTINGS.schema.parse(parse(readFileSync(settingsFile, 'utf8')));
  } catch (cause) {
    throw new Error(`Could not read the brand for social cards from ${settingsFile}`, { cause });
  }
  const logoFile = path.join(root, 'public', settings.logo);
  let logoSvg: string;
  try {
    logoSvg = readFileSync(logoFile, 'utf8');
  } catch (cause) {
    throw new Error(`Could not read the logo ${settings.logo} (${logoFile}) for social cards`, { cause });
  }
  return { name: settings.brandName, color: settings.primaryColor, logoSvg, host: new URL(settings.siteUrl).host };
}
