import { describe, expect, it } from 'vitest';
import { axisTicks, niceTicks, percentOf } from '../../../src/lib/charts/scale';

describe('percentOf', () => {
  it('maps a value to its share of the axis', () => {
    expect(percentOf(25, 200)).toBe(12.5);
    expect(percentOf(200, 200)).toBe(100);
  });

  it('keeps values outside the axis on it', () => {
    expect(percentOf(-5, 10)).toBe(0);
    expect(percentOf(15, 10)).toBe(100);
  });

  it('refuses an axis without length', () => {
    expect(() => percentOf(1, 0)).toThrow(/positive maximum/);
  });
});

describe('niceTicks', () => {
  it('closes the axis at the nearest round value at or above the maximum, in about four steps', () => {
    expect(niceTicks(295_000)).toEqual([0, 100_000, 200_000, 300_000]);
    expect(niceTicks(22)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(niceTicks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(niceTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
  });
});

describe('axisTicks', () => {
  it('aligns the end labels inwards and places the rest by value', () => {
    expect(axisTicks([0, 10, 20, 40])).toEqual([
      { value: 0, xPercent: 0, anchor: 'start' },
      { value: 10, xPercent: 25, anchor: 'middle' },
      { value: 20, xPercent: 50, anchor: 'middle' },
      { value: 40, xPercent: 100, anchor: 'end' },
    ]);
  });
});
