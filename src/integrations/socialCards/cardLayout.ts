// The card's design as a satori element tree (satori takes React-shaped objects; no React needed).
// White page, logo and brand name at the top, the page kind on a brand-coloured label, the title
// large in near-black, and a brand-coloured band with the site's address at the bottom: legible
// as a 300 px thumbnail, where only the band, the label and the title's first words survive.
import { CARD_HEIGHT, CARD_WIDTH } from '../../lib/socialCards/cardModel';
import type { CardContent } from '../../lib/socialCards/cardContent';

type StyleValue = string | number;

export interface CardElement {
  type: 'div' | 'img';
  props: {
    style?: Record<string, StyleValue>;
    children?: string | CardElement[];
    src?: string;
    width?: number;
    height?: number;
  };
}

export const CARD_FONT_FAMILY = 'Inter';
const INK = '#0f1419';
const MARGIN = 72;

const box = (style: Record<string, StyleValue>, children?: string | CardElement[]): CardElement => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, ...(children === undefined ? {} : { children }) },
});

function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

const singleLine = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

export function cardLayout(content: CardContent): CardElement {
  const { brand, title, kindLabel } = content;
  const header = box({ alignItems: 'center', padding: `56px ${MARGIN}px 0`, gap: 22 }, [
    { type: 'img', props: { src: svgDataUri(brand.logoSvg), width: 68, height: 68 } },
    box({ fontSize: 36, fontWeight: 600, color: INK, maxWidth: 900, ...singleLine }, brand.name),
  ]);
  const label = box(
    {
      backgroundColor: brand.color,
      color: '#ffffff',
      fontSize: 26,
      fontWeight: 700,
      letterSpacing: 1.5,
      textTransform: 'uppercase',
      padding: '8px 20px',
      borderRadius: 8,
    },
    kindLabel,
  );
  const titleLines = box(
    { flexDirection: 'column', marginTop: 26, fontSize: title.fontSize, fontWeight: 700, color: INK, lineHeight: 1.14 },
    title.lines.map((line) => box(singleLine, line)),
  );
  const body = box({ flexDirection: 'column', flexGrow: 1, justifyContent: 'center', padding: `0 ${MARGIN}px` }, [
    box({}, [label]),
    titleLines,
  ]);
  const band = box(
    {
      height: 84,
      backgroundColor: brand.color,
      color: '#ffffff',
      alignItems: 'center',
      justifyContent: 'space-between',
      padding: `0 ${MARGIN}px`,
      fontSize: 26,
      fontWeight: 600,
    },
    [box({}, brand.host), box({}, 'ISO/IEC 42001')],
  );
  return box(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      flexDirection: 'column',
      backgroundColor: '#ffffff',
      fontFamily: CARD_FONT_FAMILY,
    },
    [header, body, band],
  );
}
