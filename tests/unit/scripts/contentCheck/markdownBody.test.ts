import { describe, expect, it } from 'vitest';
import { imageProblems, scanMarkdownBody, sectionHeadings } from '../../../../scripts/lib/contentCheck/markdownBody';

const body = [
  'Intro with a [link](/controls/a-6-2-8/) and an [external one](https://example.com/).', // line 10
  '![](/images/chart.svg)',
  '![A chart of costs](/images/costs.svg "Costs")',
  '<img src="/images/team.png" />',
  '<img src="/images/divider.svg" alt="" />',
  'Inline `[not a link](/nowhere/)` code.',
  '```md',
  '[also not a link](/nowhere/) ![](/x.png)',
  '```',
  '<a href="/faq/#costs">FAQ</a> and [a reference][ref].',
  '[ref]: /certification/',
].join('\n');

describe('scanMarkdownBody', () => {
  const scan = scanMarkdownBody(body, 10);

  it('finds images without alt text, but accepts alt="" as decorative', () => {
    expect(scan.imagesWithoutAlt).toEqual([
      { src: '/images/chart.svg', line: 11 },
      { src: '/images/team.png', line: 13 },
    ]);
  });

  it('collects links and image sources with their lines, skipping code', () => {
    expect(scan.links).toEqual([
      { href: '/controls/a-6-2-8/', line: 10 },
      { href: 'https://example.com/', line: 10 },
      { href: '/images/chart.svg', line: 11 },
      { href: '/images/costs.svg', line: 12 },
      { href: '/images/team.png', line: 13 },
      { href: '/images/divider.svg', line: 14 },
      { href: '/faq/#costs', line: 19 },
      { href: '/certification/', line: 20 },
    ]);
  });

  it('words the alt text problem with an example', () => {
    expect(imageProblems('content/updates/x.mdx', scan)[0]).toEqual({
      file: 'content/updates/x.mdx',
      line: 11,
      what: 'image /images/chart.svg has no alt text',
      expected: expect.stringContaining('a short description of the image between the brackets'),
    });
  });
});

describe('sectionHeadings', () => {
  it('reads level 2 and 3 headings as plain text, outside code', () => {
    const text =
      '## 6.1 Actions\n### 6.1.2 **AI** risk assessment ##\n#### 6.1.2.1 Too deep\n```\n## 9.9 In code\n```\n';
    expect(sectionHeadings(text)).toEqual(['6.1 Actions', '6.1.2 AI risk assessment']);
  });
});
