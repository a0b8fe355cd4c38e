import { describe, expect, it } from 'vitest';
import { CYCLE_ROW, layoutManagementCycle, type ClauseInput } from '../../../src/lib/charts/managementCycle';

const clause = (number: string): ClauseInput => ({ clause: number, title: `Title ${number}`, href: `/x/${number}/` });
const all = ['4', '5', '6', '7', '8', '9', '10'].map(clause);

describe('layoutManagementCycle', () => {
  it('groups clauses 4-6 as plan, 7-8 as do, 9 as check and 10 as act, in that order', () => {
    const layout = layoutManagementCycle([...all].reverse());
    expect(layout.stages.map((stage) => [stage.name, stage.clauses.map((row) => row.clause)])).toEqual([
      ['Plan', ['4', '5', '6']],
      ['Do', ['7', '8']],
      ['Check', ['9']],
      ['Act', ['10']],
    ]);
    expect(layout.stages[0]!.clauses[0]!.href).toBe('/x/4/');
  });

  it('sizes each step to its clauses and joins consecutive steps with an arrow', () => {
    const { stages, arrows } = layoutManagementCycle(all);
    expect(stages[0]!.height - stages[2]!.height).toBe(2 * CYCLE_ROW.clause);
    expect(arrows).toHaveLength(3);
    for (const [index, arrow] of arrows.entries()) {
      expect(arrow.fromY).toBe(stages[index]!.y + stages[index]!.height);
      expect(arrow.toY).toBe(stages[index + 1]!.y);
    }
  });

  it('returns from the last step to the first', () => {
    const { stages, returnArrow } = layoutManagementCycle(all);
    expect(returnArrow.fromY).toBeGreaterThan(stages[3]!.y);
    expect(returnArrow.toY).toBeLessThan(stages[0]!.y + stages[0]!.height);
  });

  it('refuses a clause that belongs to no step', () => {
    expect(() => layoutManagementCycle([...all, clause('11')])).toThrow(/Clauses 11/);
  });
});
