/**
 * The plan-do-check-act cycle of the harmonized structure that ISO/IEC 42001 shares with ISO/IEC
 * 27001 and ISO 9001: which clause belongs to which step is a fact of that structure, not content.
 */
export const PDCA_STAGES = [
  { name: 'Plan', clauses: ['4', '5', '6'] },
  { name: 'Do', clauses: ['7', '8'] },
  { name: 'Check', clauses: ['9'] },
  { name: 'Act', clauses: ['10'] },
] as const;

export interface ClauseInput {
  clause: string;
  title: string;
  href: string;
}

export interface CycleStage {
  name: string;
  y: number;
  height: number;
  clauses: (ClauseInput & { y: number })[];
}

export interface ManagementCycleLayout {
  stages: CycleStage[];
  /** Arrows from each stage down to the next, in px. */
  arrows: { fromY: number; toY: number }[];
  /** The arrow from Act back to Plan, drawn in the left gutter. */
  returnArrow: { fromY: number; toY: number };
  height: number;
}

/** Vertical rhythm in px, and the horizontal bands as percentages of the width. */
export const CYCLE_ROW = { header: 30, clause: 36, clauseBox: 30, padding: 8, gap: 26 } as const;
export const CYCLE_COLUMNS = { returnLine: 4, stage: 10, clause: 13, arrow: 55 } as const;

/** Lays out the four steps top to bottom, each holding its clauses as link rows. */
export function layoutManagementCycle(clauses: readonly ClauseInput[]): ManagementCycleLayout {
  const assigned = new Set<string>(PDCA_STAGES.flatMap((stage) => stage.clauses));
  const unassigned = clauses.filter((clause) => !assigned.has(clause.clause)).map((clause) => clause.clause);
  if (unassigned.length > 0) throw new Error(`Clauses ${unassigned.join(', ')} have no plan-do-check-act step`);
  let y = 0;
  const stages = PDCA_STAGES.map((stage): CycleStage => {
    const top = y;
    const own = stage.clauses.flatMap((number) => clauses.filter((clause) => clause.clause === number));
    const rows = own.map((clause, index) => ({ ...clause, y: top + CYCLE_ROW.header + index * CYCLE_ROW.clause }));
    const height = CYCLE_ROW.header + rows.length * CYCLE_ROW.clause + CYCLE_ROW.padding;
    y = top + height + CYCLE_ROW.gap;
    return { name: stage.name, y: top, height, clauses: rows };
  });
  const arrows = stages.slice(1).map((stage, index) => {
    const previous = stages[index]!;
    return { fromY: previous.y + previous.height, toY: stage.y };
  });
  const first = stages[0]!;
  const last = stages.at(-1)!;
  return {
    stages,
    arrows,
    returnArrow: { fromY: last.y + last.height / 2, toY: first.y + CYCLE_ROW.header / 2 },
    height: last.y + last.height + 2,
  };
}
