import { describe, expect, it } from 'vitest';
import { deriveStatementOfApplicability } from '../../../src/lib/assessment/statementOfApplicability';
import { answer, justifiedNa, question } from './fixtures';

const controls = [
  { id: 'A.6.1.2', title: 'Objectives for responsible development of AI system' },
  { id: 'A.6.1.3', title: 'Processes for responsible AI system design and development' },
  { id: 'A.9.2', title: 'Processes for responsible use of AI systems' },
];
const bank = [
  question('dev-objectives', { area: 'A.6', clauses: [], controls: ['A.6.1.2', 'A.6.1.3'] }),
  question('dev-process', { area: 'A.6', clauses: [], controls: ['A.6.1.3'] }),
  question('use-process', { area: 'A.9', clauses: [], controls: ['A.9.2'] }),
];

describe('deriveStatementOfApplicability', () => {
  it('lists every control given, in order, even with no answers', () => {
    const rows = deriveStatementOfApplicability(controls, bank, {}, null);
    expect(rows.map((row) => row.controlId)).toEqual(['A.6.1.2', 'A.6.1.3', 'A.9.2']);
    expect(rows.every((row) => row.applicable && row.status === 'not-assessed')).toBe(true);
  });

  it('excludes a control only when every mapped question is a justified N/A, carrying the justifications', () => {
    const rows = deriveStatementOfApplicability(
      controls,
      bank,
      {
        'dev-objectives': justifiedNa('We buy AI services and build none.'),
        'dev-process': justifiedNa('No in-house model development.'),
      },
      'user',
    );
    expect(rows[0]).toMatchObject({
      applicable: false,
      status: 'excluded',
      justification: 'Excluded: We buy AI services and build none.',
    });
    expect(rows[1]).toMatchObject({
      applicable: false,
      justification: 'Excluded: We buy AI services and build none.; No in-house model development.',
    });
    expect(rows[2]?.applicable).toBe(true);
  });

  it('keeps a control applicable when one of its questions is N/A and another is not', () => {
    const rows = deriveStatementOfApplicability(
      controls,
      bank,
      { 'dev-objectives': justifiedNa(), 'dev-process': answer('implemented') },
      null,
    );
    expect(rows[1]).toMatchObject({ applicable: true, status: 'implemented' });
  });

  it('does not exclude on an N/A that has no justification', () => {
    const rows = deriveStatementOfApplicability(controls, bank, { 'use-process': answer('not-applicable') }, null);
    expect(rows[2]).toMatchObject({ applicable: true, status: 'not-assessed' });
  });

  it('derives status from the applicable answers', () => {
    const status = (devObjectives: ReturnType<typeof answer>, devProcess: ReturnType<typeof answer>) =>
      deriveStatementOfApplicability(
        controls,
        bank,
        { 'dev-objectives': devObjectives, 'dev-process': devProcess },
        null,
      )[1]?.status;
    expect(status(answer('implemented'), answer('implemented'))).toBe('implemented');
    expect(status(answer('implemented'), answer('not-started'))).toBe('partial');
    expect(status(answer('partial'), answer(null))).toBe('partial');
    expect(status(answer('not-started'), answer(null))).toBe('not-started');
    expect(status(answer(null), answer(null))).toBe('not-assessed');
  });

  it('marks documented and evidenced only when every applicable answer is', () => {
    const rows = deriveStatementOfApplicability(
      controls,
      bank,
      {
        'dev-objectives': answer('implemented', { documented: true, evidenced: true }),
        'dev-process': answer('implemented', { documented: true }),
      },
      null,
    );
    expect(rows[0]).toMatchObject({ documented: true, evidenced: true });
    expect(rows[1]).toMatchObject({ documented: true, evidenced: false });
  });

  it('names the role in the draft inclusion justification', () => {
    const [row] = deriveStatementOfApplicability(controls, bank, {}, 'provider');
    expect(row?.justification).toContain('a provider of AI systems');
  });
});
