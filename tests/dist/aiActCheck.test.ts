/**
 * The EU AI Act check's pages in dist/ (run after `npm run build`): the method page publishes
 * every question, answer, outcome and duty of the data file, links every article to EUR-Lex and
 * states the review date; the hub links the timeline, the comparison and the method page, and no
 * page links to a check page that is not built yet.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { methodAnchor } from '../../src/lib/aiActCheck/describe';
import { actArticlesSchema } from '../../src/schemas/aiActArticles';
import { aiActCheckSchema } from '../../src/schemas/aiActCheck';
import { htmlFiles, htmlText, readSiteFile } from './support/builtSite';

const project = path.resolve(import.meta.dirname, '../..');
const readYaml = (file: string): unknown => parse(readFileSync(path.join(project, file), 'utf8'));
const tree = aiActCheckSchema.parse(readYaml('content/data/ai-act-check.yaml'));
const articles = actArticlesSchema.parse(readYaml('content/data/ai-act-articles.yaml'));

const page = (sitePath: string) => {
  const html = readSiteFile(sitePath);
  if (html === undefined) throw new Error(`${sitePath} is not in dist/`);
  return html;
};
const ids = (html: string) => new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1]));

describe('/eu-ai-act/check/method/', () => {
  const html = page('/eu-ai-act/check/method/index.html');
  const words = htmlText(html);
  const anchors = ids(html);

  it('has a section for every question and outcome of the tree, and every duty', () => {
    const missing = [
      ...tree.questions.map((question) => methodAnchor.question(question.id)),
      ...tree.outcomes.map((outcome) => methodAnchor.outcome(outcome.id)),
      ...tree.obligations.map((obligation) => methodAnchor.obligation(obligation.id)),
    ].filter((anchor) => !anchors.has(anchor));
    expect(missing).toEqual([]);
  });

  it('shows every answer with its reasoning, and what to find out after "I don\'t know"', () => {
    const normalise = (value: string) => value.replace(/\s+/g, ' ');
    const missing = tree.questions.flatMap((question) =>
      question.answers
        .flatMap((answer) => [answer.label, answer.because, ...(answer.findOut ? [answer.findOut] : [])])
        .filter((phrase) => !words.includes(normalise(phrase))),
    );
    expect(missing).toEqual([]);
  });

  it('links every article it cites to EUR-Lex and states when the tree was reviewed', () => {
    for (const article of articles.articles) expect(html).toContain(`href="${article.url}"`);
    expect(html).toContain(`datetime="${tree.reviewedOn.toISOString().slice(0, 10)}"`);
    expect(words).toContain(tree.notLegalAdvice);
    expect(words).toContain(`${tree.questions.length} questions and ${tree.outcomes.length} outcomes`);
  });

  it('labels the ISO/IEC 42001 evidence as indicative, never as compliance', () => {
    expect(words).toContain('ISO/IEC 42001 evidence (indicative)');
    expect(words).not.toMatch(/\bcompliant with the (AI )?Act\b/i);
  });
});

describe('/eu-ai-act/', () => {
  const html = page('/eu-ai-act/index.html');

  it('links the timeline, the comparison and the method page', () => {
    for (const href of ['/eu-ai-act/timeline/', '/compare/', '/eu-ai-act/check/method/']) {
      expect(html).toContain(`href="${href}"`);
    }
  });

  it('links to the check from the hub and the method page', () => {
    const linkingTo = (href: string) =>
      htmlFiles().filter((file) => (readSiteFile(`/${file}`) ?? '').includes(`href="${href}"`));
    expect(linkingTo('/eu-ai-act/check/')).toEqual(
      expect.arrayContaining(['eu-ai-act/index.html', 'eu-ai-act/check/method/index.html']),
    );
    expect(readSiteFile('/eu-ai-act/check/index.html')).toContain('href="/eu-ai-act/check/method/"');
  });
});
