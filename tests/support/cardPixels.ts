/**
 * Reading a social card's pixels (pngjs), and an independent reference for its text: the same
 * Inter font drawn by satori and resvg outside the card's own layout code, to measure the width a
 * name should take on the card.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import satori from 'satori';

export interface Pixels {
  width: number;
  height: number;
  rgb(x: number, y: number): [number, number, number];
}

export function decodePng(png: Buffer): Pixels {
  const image = PNG.sync.read(png);
  return {
    width: image.width,
    height: image.height,
    rgb(x, y) {
      const offset = (y * image.width + x) * 4;
      return [image.data[offset]!, image.data[offset + 1]!, image.data[offset + 2]!];
    },
  };
}

export function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export interface Region {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function countPixels(image: Pixels, color: string, region: Region): number {
  const [r, g, b] = hexToRgb(color);
  let count = 0;
  for (let y = region.top; y < region.bottom; y++) {
    for (let x = region.left; x < region.right; x++) {
      const [pr, pg, pb] = image.rgb(x, y);
      if (pr === r && pg === g && pb === b) count++;
    }
  }
  return count;
}

/** Near-black and grey: the ink of text, not a saturated brand colour. */
function isInk([r, g, b]: [number, number, number]): boolean {
  return Math.max(r, g, b) < 110 && Math.max(r, g, b) - Math.min(r, g, b) < 40;
}

/** Bounding box of text ink (near-black pixels) inside `region`, or undefined when none. */
export function inkBox(image: Pixels, region: Region): Region | undefined {
  let box: Region | undefined;
  for (let y = region.top; y < region.bottom; y++) {
    for (let x = region.left; x < region.right; x++) {
      if (!isInk(image.rgb(x, y))) continue;
      box = box
        ? {
            left: Math.min(box.left, x),
            top: Math.min(box.top, y),
            right: Math.max(box.right, x + 1),
            bottom: Math.max(box.bottom, y + 1),
          }
        : { left: x, top: y, right: x + 1, bottom: y + 1 };
    }
  }
  return box;
}

const fontFile = (weight: number) =>
  path.resolve(import.meta.dirname, `../../node_modules/@fontsource/inter/files/inter-latin-${weight}-normal.woff`);

/** Width in pixels of `text` drawn alone in Inter at `fontSize` and `weight`, dark on white. */
export async function referenceTextWidth(text: string, fontSize: number, weight: 600 | 700): Promise<number> {
  const element = {
    type: 'div',
    props: {
      style: { display: 'flex', fontSize, fontWeight: weight, color: '#000', fontFamily: 'Inter' },
      children: text,
    },
  };
  const svg = await satori(element as unknown as Parameters<typeof satori>[0], {
    width: 2400,
    height: fontSize * 2,
    fonts: [{ name: 'Inter', weight, style: 'normal', data: readFileSync(fontFile(weight)) }],
  });
  const image = decodePng(new Resvg(svg, { background: '#ffffff' }).render().asPng());
  const box = inkBox(image, { left: 0, top: 0, right: image.width, bottom: image.height });
  if (!box) throw new Error(`The reference rendering of "${text}" drew nothing`);
  return box.right - box.left;
}
