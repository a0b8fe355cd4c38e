import { describe, expect, it } from 'vitest';
import { isLowestBand, readinessBand } from '../../../src/lib/assessment/bands';
import { bands } from './fixtures';

describe('readinessBand', () => {
  it('picks the highest band whose minimum is reached', () => {
    expect(readinessBand(0, 0, bands)?.id).toBe('early');
    expect(readinessBand(39, 0, bands)?.id).toBe('early');
    expect(readinessBand(40, 0, bands)?.id).toBe('building');
    expect(readinessBand(85, 0, bands)?.id).toBe('ready');
    expect(readinessBand(100, 0, bands)?.id).toBe('ready');
  });

  it('holds back a band that requires no essential gaps while one is open', () => {
    expect(readinessBand(95, 1, bands)?.id).toBe('building');
  });

  it('does not depend on the order bands are listed in', () => {
    expect(readinessBand(50, 0, [...bands].reverse())?.id).toBe('building');
  });

  it('returns null when nothing applies', () => {
    expect(readinessBand(null, 0, bands)).toBeNull();
  });
});

describe('isLowestBand', () => {
  it('is true only for the band with the smallest minimum', () => {
    expect(isLowestBand(bands[0]!, bands)).toBe(true);
    expect(isLowestBand(bands[1]!, bands)).toBe(false);
    expect(isLowestBand(null, bands)).toBe(false);
  });
});
