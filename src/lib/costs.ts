/** Adds low and high bounds of cost ranges. */
export function sumCostRange(items: readonly { low: number; high: number }[]): { low: number; high: number } {
  return items.reduce((total, item) => ({ low: total.low + item.low, high: total.high + item.high }), {
    low: 0,
    high: 0,
  });
}

/** Adds the shortest and longest durations of consecutive phases. */
export function sumPhaseWeeks(phases: readonly { minWeeks: number; maxWeeks: number }[]): { min: number; max: number } {
  return phases.reduce((total, phase) => ({ min: total.min + phase.minWeeks, max: total.max + phase.maxWeeks }), {
    min: 0,
    max: 0,
  });
}
