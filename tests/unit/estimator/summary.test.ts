import { describe, expect, it } from 'vitest';
import { estimateCosts } from '../../../src/lib/estimator/estimate';
import { defaultInputs } from '../../../src/lib/estimator/inputs';
import { prefillFromScoping } from '../../../src/lib/estimator/prefill';
import { describeInputs, mailtoHref, summaryLabels, summaryText } from '../../../src/lib/estimator/summary';
import { estimateTimeline } from '../../../src/lib/estimator/timeline';
import { fixtureModel } from './fixtures';

const model = fixtureModel();
const fmt = { locale: 'en-US', currency: 'USD' };

describe('summary and e-mail', () => {
  const inputs = {
    ...defaultInputs(),
    certifications: ['iso27001' as const],
    services: ['gap-analysis' as const],
    targetDate: '2027-06-30',
  };

  it('describes the answers with the labels of the pricing data', () => {
    expect(describeInputs(inputs, model, fmt, summaryLabels)).toEqual([
      ['Company size', 'Reference'],
      ['AI systems in scope', '5'],
      ['High-risk (EU AI Act) or regulated sector', 'No'],
      ['Role', 'Prov'],
      ['Certifications held', '27001'],
      ['AI inventory exists', 'No'],
      ['Services wanted', 'Gap'],
      ['Target date', 'June 30, 2027'],
    ]);
  });

  it('summarises the estimate in the site currency and locale', () => {
    const text = summaryText(
      inputs,
      model,
      estimateCosts(inputs, model),
      estimateTimeline(inputs, model, '2026-11-28'),
      fmt,
      'https://x.example/estimate/#v=1',
      summaryLabels,
    );
    expect(text).toContain('- Gap: $10,000–$30,000');
    expect(text).not.toContain('- Framework:');
    expect(text).toContain('- First-year total: $10,000–$30,000');
    expect(text).toContain('- Timeline: 14-21 weeks, certification between March 6, 2027 and April 24, 2027');
    expect(text).not.toContain('Annual surveillance');
    expect(text).toContain('Estimate link: https://x.example/estimate/#v=1');
    const euro = summaryText(
      inputs,
      model,
      estimateCosts(inputs, model),
      null,
      { locale: 'de-DE', currency: 'EUR' },
      'u',
      summaryLabels,
    );
    expect(euro).toContain('10.000');
    expect(euro).toContain('€');
  });

  it('builds a mailto link with encoded subject and body', () => {
    expect(mailtoHref('hello@example.com', 'Quote & estimate', 'a\nb=c')).toBe(
      'mailto:hello@example.com?subject=Quote%20%26%20estimate&body=a%0Ab%3Dc',
    );
  });
});

describe('prefill from the assessment', () => {
  it('copies size, role and count', () => {
    expect(prefillFromScoping({ sizeBand: '500-2000', role: 'developer', aiSystemCount: 12 }, 200)).toEqual({
      values: { sizeBand: '500-2000', role: 'developer', aiSystemCount: 12 },
      adjustedCount: false,
    });
  });

  it('brings the count into 1..max and says so', () => {
    expect(
      prefillFromScoping({ sizeBand: '50-500', role: 'user', aiSystemCount: 5000 }, 200).values.aiSystemCount,
    ).toBe(200);
    expect(prefillFromScoping({ sizeBand: '50-500', role: 'user', aiSystemCount: 0 }, 200)).toMatchObject({
      values: { aiSystemCount: 1 },
      adjustedCount: true,
    });
  });
});
