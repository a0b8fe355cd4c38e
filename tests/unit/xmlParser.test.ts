import { describe, expect, it } from 'vitest';
import { childText, parseXml } from '../dist/support/xml';

describe('parseXml (the feed tests rely on it to reject broken XML)', () => {
  it('reads elements, attributes, entities and CDATA', () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<!-- feed --><rss version="2.0"><channel><title>A &amp; B &#169;</title><description><![CDATA[<p>x</p>]]></description><br/></channel></rss>\n',
    );
    expect(root.name).toBe('rss');
    expect(root.attributes).toEqual({ version: '2.0' });
    const channel = root.children[0]!;
    expect(childText(channel, 'title')).toBe('A & B ©');
    expect(childText(channel, 'description')).toBe('<p>x</p>');
    expect(channel.children.map((child) => child.name)).toEqual(['title', 'description', 'br']);
  });

  it.each([
    ['<a><b></a></b>', /does not match/],
    ['<a>', /never closed/],
    ['<a/><b/>', /second root/],
    ['<a>fish & chips</a>', /bare "&"/],
    ['<a>&nbsp;</a>', /unknown entity/],
    ['<a x=1/>', /malformed attribute/],
    ['<a x="1" x="2"/>', /repeated/],
    ['<a>1 < 2</a>', /does not start a tag/],
    ['text<a/>', /outside the root/],
  ])('rejects %s', (source, error) => {
    expect(() => parseXml(source)).toThrow(error);
  });
});
