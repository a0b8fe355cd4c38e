/**
 * Every Annex A control has its page in dist/ with its ID and title as the heading, the evidence and
 * implementation sections, and its crosswalk table. Read from the built HTML: the browser tests open
 * one control page (tests/e2e/templates.spec.ts), which is enough for what a browser adds.
 */
import { describe, expect, it } from 'vitest';
import { annexA } from '../fixtures/annexA';
import { controlPath } from '../../src/lib/slugs';
import { htmlText, readSiteFile } from './support/builtSite';

const elementTexts = (html: string, tag: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) =>
    htmlText(match[1]!).trim(),
  );

describe('the control pages', () => {
  it('exist for the 38 Annex A controls of the standard', () => {
    expect(annexA).toHaveLength(38);
  });

  for (const control of annexA) {
    it(`${control.id} has its ID, title, evidence, implementation and crosswalk`, () => {
      const html = readSiteFile(`${controlPath(control.id)}index.html`);
      expect(html, `${controlPath(control.id)} is built`).toBeDefined();
      expect(elementTexts(html!, 'h1')).toEqual([`${control.id} ${control.title}`]);
      expect(elementTexts(html!, 'h2')).toEqual(
        expect.arrayContaining(['Evidence an auditor expects', 'How to implement it']),
      );
      expect(elementTexts(html!, 'caption')).toContain(`Crosswalk of ${control.id} to other frameworks`);
    });
  }
});
