// Renders a card: satori lays it out as SVG (text as paths, from the Inter font shipped in
// @fontsource/inter), resvg rasterises it to PNG on libuv's thread pool, so the next card's layout
// runs on the main thread while this one is drawn.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH } from '../../lib/socialCards/cardModel';
import type { CardContent } from '../../lib/socialCards/cardContent';
import { CARD_FONT_FAMILY, cardLayout } from './cardLayout';

/** Bump when the design in cardLayout.ts changes, so cached cards are drawn again. */
export const CARD_DESIGN_VERSION = 1;

// Satori reads TTF, OTF and WOFF, not WOFF2.
const FONT_FILES = [
  { weight: 600, file: 'inter-latin-600-normal.woff' },
  { weight: 700, file: 'inter-latin-700-normal.woff' },
] as const;

const RENDER_PACKAGES = ['satori', '@resvg/resvg-js', '@fontsource/inter'] as const;

export interface CardRenderer {
  /** Design version and library versions: part of every cache key. */
  version: string;
  render(content: CardContent): Promise<Buffer>;
}

function packageVersion(root: string, name: string): string {
  const file = path.join(root, 'node_modules', name, 'package.json');
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch (cause) {
    throw new Error(`Could not read the version of ${name} from ${file}`, { cause });
  }
}

export function createCardRenderer(root: string): CardRenderer {
  const fontFolder = path.join(root, 'node_modules/@fontsource/inter/files');
  const fonts = FONT_FILES.map(({ weight, file }) => {
    try {
      return {
        name: CARD_FONT_FAMILY,
        weight,
        style: 'normal' as const,
        data: readFileSync(path.join(fontFolder, file)),
      };
    } catch (cause) {
      throw new Error(`Could not read the social card font ${file} from ${fontFolder}`, { cause });
    }
  });
  const version = [
    `design ${CARD_DESIGN_VERSION}`,
    ...RENDER_PACKAGES.map((name) => `${name} ${packageVersion(root, name)}`),
  ].join('; ');
  return {
    version,
    async render(content) {
      // Satori's types ask for a React node; it reads the same { type, props } shape from plain objects.
      const element = cardLayout(content) as unknown as Parameters<typeof satori>[0];
      const svg = await satori(element, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
      const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
      return image.asPng();
    },
  };
}
