// Everything that decides a card's pixels, as plain data: what the renderer draws and what the
// cache key is computed from.
import { createHash } from 'node:crypto';
import { cardKindFromPath, cardKindLabels } from './cardModel';
import { layoutTitle, type TitleLayout } from './titleLayout';

/** The brand as a card shows it, from content/settings/site.yaml and the logo file. */
export interface CardBrand {
  name: string;
  /** Light-theme brand colour; white text on it keeps 4.5:1 contrast (the settings schema says so). */
  color: string;
  /** The logo file's SVG source. */
  logoSvg: string;
  /** Host name of the site, shown in the card's band (iso42001.northbeam.example). */
  host: string;
}

export interface CardContent {
  kindLabel: string;
  title: TitleLayout;
  brand: CardBrand;
}

export function cardContent(page: { pathname: string; title: string }, brand: CardBrand): CardContent {
  return {
    kindLabel: cardKindLabels[cardKindFromPath(page.pathname)],
    title: layoutTitle(page.title),
    brand,
  };
}

/**
 * Key of a rendered card in the cache: a hash of everything drawn plus the renderer's version (the
 * card design and the versions of the libraries and font), so a change to any of them renders anew.
 */
export function cardCacheKey(content: CardContent, rendererVersion: string): string {
  return createHash('sha256').update(JSON.stringify({ rendererVersion, content })).digest('hex').slice(0, 32);
}
