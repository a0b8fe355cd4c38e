import { describe, expect, it } from 'vitest';
import { cardContent, type CardBrand } from '../../../src/lib/socialCards/cardContent';
import { createCardRenderer } from '../../../src/integrations/socialCards/renderCard';
import { countPixels, decodePng, inkBox, referenceTextWidth } from '../../support/cardPixels';
import { projectRoot } from '../../../scripts/lib/files/projectCopy';

const brand: CardBrand = {
  name: 'Example Assurance Group',
  color: '#7c3aed',
  logoSvg:
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#7c3aed"/></svg>',
  host: 'guidance.example.org',
};
const renderer = createCardRenderer(projectRoot);

describe('a rendered card', () => {
  it('is a 1200x630 PNG with the brand colour in its band and label, under 100 KB', async () => {
    const png = await renderer.render(cardContent({ pathname: '/clauses/6/', title: 'Clause 6: Planning' }, brand));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeLessThan(100 * 1024);
    const image = decodePng(png);
    expect([image.width, image.height]).toEqual([1200, 630]);
    const band = { left: 0, top: 560, right: 1200, bottom: 630 };
    expect(countPixels(image, brand.color, band)).toBeGreaterThan(0.8 * 1200 * 60);
    const body = { left: 0, top: 150, right: 1200, bottom: 540 };
    expect(countPixels(image, brand.color, body)).toBeGreaterThan(1000);
    expect(countPixels(image, brand.color, { left: 72, top: 56, right: 140, bottom: 124 })).toBeGreaterThan(2000);
  });

  it('writes the brand name beside the logo at its full width', async () => {
    const image = decodePng(await renderer.render(cardContent({ pathname: '/', title: 'Home' }, brand)));
    const name = inkBox(image, { left: 150, top: 40, right: 1200, bottom: 140 });
    expect(name).toBeDefined();
    expect(name!.right - name!.left).toBeCloseTo(await referenceTextWidth(brand.name, 36, 600), -1);
  });

  it('wraps a long title onto more lines, inside the margins', async () => {
    const short = decodePng(await renderer.render(cardContent({ pathname: '/faq/', title: 'FAQ' }, brand)));
    const long = decodePng(
      await renderer.render(
        cardContent({ pathname: '/faq/', title: 'Questions people ask before, during and after certification' }, brand),
      ),
    );
    const titleArea = { left: 0, top: 260, right: 1200, bottom: 560 };
    const shortInk = inkBox(short, titleArea)!;
    const longInk = inkBox(long, titleArea)!;
    expect(longInk.bottom - longInk.top).toBeGreaterThan(2 * (shortInk.bottom - shortInk.top));
    expect(longInk.left).toBeGreaterThanOrEqual(72 - 2);
    expect(longInk.right).toBeLessThanOrEqual(1200 - 72 + 2);
  });
});
