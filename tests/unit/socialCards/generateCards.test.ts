import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CardBrand, CardContent } from '../../../src/lib/socialCards/cardContent';
import { generateCards } from '../../../src/integrations/socialCards/generateCards';
import type { CardRenderer } from '../../../src/integrations/socialCards/renderCard';

const brand: CardBrand = { name: 'Northbeam', color: '#1d4ed8', logoSvg: '<svg/>', host: 'example.org' };
let folder: string;
let drawn: CardContent[];

/** Stands in for satori and resvg: records what it was asked to draw and returns it as the "PNG". */
const recordingRenderer = (version = 'test 1'): CardRenderer => ({
  version,
  render: async (content) => {
    drawn.push(content);
    return Buffer.from(JSON.stringify(content.title.lines));
  },
});

function writePage(file: string, title: string, cardPath: string | undefined): void {
  const target = path.join(folder, 'dist', file);
  mkdirSync(path.dirname(target), { recursive: true });
  const image = cardPath ? `<meta property="og:image" content="https://example.org${cardPath}">` : '';
  writeFileSync(target, `<html><head><meta property="og:title" content="${title}">${image}</head></html>`);
}

function writeSite(titles: { control: string } = { control: 'A.6.2.8 Event logs' }): void {
  rmSync(path.join(folder, 'dist'), { recursive: true, force: true });
  writePage('index.html', 'ISO/IEC 42001 guidance &amp; tools', '/cards/index.png');
  writePage('controls/a-6-2-8/index.html', titles.control, '/cards/controls/a-6-2-8.png');
  writePage('faq/index.html', 'FAQ', '/cards/faq.png');
  writePage('redirect/index.html', 'Moved', undefined);
}

const run = (options: { renderer?: CardRenderer; brand?: CardBrand } = {}) =>
  generateCards({
    distDir: path.join(folder, 'dist'),
    brand: options.brand ?? brand,
    cacheFolder: path.join(folder, 'cache'),
    renderer: options.renderer ?? recordingRenderer(),
  });

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'cards-'));
  drawn = [];
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('generateCards', () => {
  it('renders the card each page links, from its decoded title, with an empty cache', async () => {
    writeSite();
    const stats = await run();
    expect(stats).toMatchObject({ cards: 3, rendered: 3, fromCache: 0 });
    const home = readFileSync(path.join(folder, 'dist/cards/index.png'), 'utf8');
    expect((JSON.parse(home) as string[]).join(' ')).toBe('ISO/IEC 42001 guidance & tools');
    expect(existsSync(path.join(folder, 'dist/cards/controls/a-6-2-8.png'))).toBe(true);
    expect(drawn.map((content) => content.kindLabel).sort()).toEqual([
      'Annex A control',
      'FAQ',
      'ISO/IEC 42001 guidance',
    ]);
  });

  it('copies every card from the cache on the next build when nothing changed', async () => {
    writeSite();
    await run();
    writeSite();
    drawn = [];
    const stats = await run();
    expect(stats).toMatchObject({ cards: 3, rendered: 0, fromCache: 3 });
    expect(drawn).toEqual([]);
    expect(JSON.parse(readFileSync(path.join(folder, 'dist/cards/faq.png'), 'utf8'))).toEqual(['FAQ']);
  });

  it('renders again only the page whose title changed', async () => {
    writeSite();
    await run();
    writeSite({ control: 'A.6.2.8 AI system recording of event logs' });
    drawn = [];
    expect(await run()).toMatchObject({ rendered: 1, fromCache: 2 });
    expect(drawn.map((content) => content.title.lines.join(' '))).toEqual([
      'A.6.2.8 AI system recording of event logs',
    ]);
  });

  it('renders every card again after a rebrand or a new renderer version', async () => {
    writeSite();
    await run();
    expect(await run({ brand: { ...brand, color: '#0f766e' } })).toMatchObject({ rendered: 3 });
    expect(await run({ renderer: recordingRenderer('test 2') })).toMatchObject({ rendered: 3 });
  });

  it('names the page when a card cannot be rendered', async () => {
    writeSite();
    const failing: CardRenderer = {
      version: 'broken',
      render: async () => {
        throw new Error('font missing');
      },
    };
    await expect(run({ renderer: failing })).rejects.toThrow(/social card of \/(controls\/a-6-2-8\/|faq\/|)/);
  });
});
