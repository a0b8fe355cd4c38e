import { describe, expect, it } from 'vitest';
import { defaultInputs, isIsoDate, parseInputs } from '../../../src/lib/estimator/inputs';

describe('parseInputs', () => {
  it('accepts the defaults', () => {
    expect(parseInputs(defaultInputs(), 200)).toEqual(defaultInputs());
  });

  it('puts lists in canonical order', () => {
    const parsed = parseInputs(
      { ...defaultInputs(), certifications: ['soc2', 'iso27001'], services: ['annual-surveillance', 'gap-analysis'] },
      200,
    );
    expect(parsed?.certifications).toEqual(['iso27001', 'soc2']);
    expect(parsed?.services).toEqual(['gap-analysis', 'annual-surveillance']);
  });

  it.each([
    ['not an object', 'x'],
    ['null', null],
    ['an array', []],
    ['an unknown key', { ...defaultInputs(), extra: 1 }],
    ['a missing key', (({ role: _role, ...rest }) => rest)(defaultInputs())],
    ['an unknown size', { ...defaultInputs(), sizeBand: 'huge' }],
    ['zero AI systems', { ...defaultInputs(), aiSystemCount: 0 }],
    ['too many AI systems', { ...defaultInputs(), aiSystemCount: 201 }],
    ['a fractional count', { ...defaultInputs(), aiSystemCount: 2.5 }],
    ['a count as text', { ...defaultInputs(), aiSystemCount: '5' }],
    ['a non-boolean flag', { ...defaultInputs(), highRisk: 'yes' }],
    ['an unknown role', { ...defaultInputs(), role: 'admin' }],
    ['an unknown certification', { ...defaultInputs(), certifications: ['iso14001'] }],
    ['a duplicated service', { ...defaultInputs(), services: ['gap-analysis', 'gap-analysis'] }],
    ['an impossible date', { ...defaultInputs(), targetDate: '2027-02-30' }],
    ['a date with time', { ...defaultInputs(), targetDate: '2027-02-03T00:00' }],
  ])('refuses %s', (_, value) => {
    expect(parseInputs(value, 200)).toBeNull();
  });
});

describe('isIsoDate', () => {
  it('checks real calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-13-01')).toBe(false);
  });
});
