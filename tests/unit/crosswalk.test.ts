import { describe, expect, it } from 'vitest';
import { buildControlFilters, invertCrosswalk } from '../../src/lib/crosswalk';
import { compareReferences } from '../../src/lib/references';

const controls = [
  { id: 'A.7.4', group: 'A.7', nistAiRmf: ['MAP 2.3', 'MEASURE 2.3'], euAiAct: ['Art. 10'], iso27001: [] },
  { id: 'A.6.2.8', group: 'A.6.2', nistAiRmf: ['MEASURE 2.4'], euAiAct: ['Art. 12'], iso27001: ['8.15 Logging'] },
  { id: 'A.4.3', group: 'A.4', nistAiRmf: ['GOVERN 1.6'], euAiAct: ['Art. 10'], iso27001: [] },
];

describe('buildControlFilters', () => {
  const filters = buildControlFilters(
    controls,
    [
      { id: 'A.4', title: 'Resources for AI systems' },
      { id: 'A.6', title: 'AI system life cycle' },
      { id: 'A.9', title: 'Use of AI systems' },
    ],
    [
      { id: 'Art. 10', title: 'Data and data governance' },
      { id: 'Art. 27', title: 'Fundamental rights impact assessment' },
    ],
  );
  const byKey = new Map(filters.map((filter) => [filter.key, filter.controlIds]));

  it('selects exactly the controls mapped to an article, in catalogue order', () => {
    expect(byKey.get('eu-ai-act-art-10')).toEqual(['A.4.3', 'A.7.4']);
  });

  it('puts sub-objective controls under their parent group', () => {
    expect(byKey.get('group-a-6')).toEqual(['A.6.2.8']);
  });

  it('groups NIST subcategories by function', () => {
    expect(byKey.get('nist-measure')).toEqual(['A.6.2.8', 'A.7.4']);
    expect(byKey.get('nist-govern')).toEqual(['A.4.3']);
  });

  it('drops views that would list nothing', () => {
    expect(byKey.has('eu-ai-act-art-27')).toBe(false);
    expect(byKey.has('group-a-9')).toBe(false);
    expect(byKey.has('nist-manage')).toBe(false);
  });
});

describe('invertCrosswalk', () => {
  it('lists controls and clauses under each target, separately and sorted', () => {
    const inverted = invertCrosswalk(
      [...controls, { id: '6.1.2', nistAiRmf: ['MAP 2.3'], euAiAct: ['Art. 9'] }],
      (source) => source.nistAiRmf,
    );
    expect(inverted.get('MAP 2.3')).toEqual({ controls: ['A.7.4'], clauses: ['6.1.2'] });
    expect([...inverted.keys()]).toEqual(['GOVERN 1.6', 'MAP 2.3', 'MEASURE 2.3', 'MEASURE 2.4']);
  });
});

describe('references', () => {
  it('orders dotted numbers numerically', () => {
    expect(['A.10.2', 'A.6.2.10', 'A.6.2.9', 'A.2.2'].sort(compareReferences)).toEqual([
      'A.2.2',
      'A.6.2.9',
      'A.6.2.10',
      'A.10.2',
    ]);
    expect(['MEASURE 2.13', 'MEASURE 2.2', 'Art. 72', 'Art. 9'].sort(compareReferences)).toEqual([
      'Art. 9',
      'Art. 72',
      'MEASURE 2.2',
      'MEASURE 2.13',
    ]);
  });
});
