import { describe, expect, it } from 'vitest';
import { linkableLocation, parseClauseIds, parseControlIds } from '../../../src/lib/workbench/evidenceFields';

const ANNEX_A = new Set(['A.2.2', 'A.6.2.8', 'A.7.5']);

describe('control ids typed in the evidence form', () => {
  it('reads ids separated by ; or , in any case, once each, in the order typed', () => {
    expect(parseControlIds('a.6.2.8; A.2.2 , A.6.2.8;', ANNEX_A)).toEqual({ ids: ['A.6.2.8', 'A.2.2'], unknown: [] });
  });

  it('returns what is not an Annex A control of the standard as typed', () => {
    expect(parseControlIds('A.7.5; A.99.1; policy; A.6.2.9', ANNEX_A)).toEqual({
      ids: ['A.7.5'],
      unknown: ['A.99.1', 'policy', 'A.6.2.9'],
    });
  });

  it('reads an empty field as no control', () => {
    expect(parseControlIds('  ; ', ANNEX_A)).toEqual({ ids: [], unknown: [] });
  });
});

describe('clause ids typed in the evidence form', () => {
  it('reads clause numbers from 4 to 10, with or without the word "clause"', () => {
    expect(parseClauseIds('6.1.2; Clause 9.2, 10; 6.1.2')).toEqual({ ids: ['6.1.2', '9.2', '10'], unknown: [] });
  });

  it('returns numbers outside clauses 4 to 10 and other text as typed', () => {
    expect(parseClauseIds('3.1; 11; 9.2.1.4; leadership')).toEqual({
      ids: [],
      unknown: ['3.1', '11', '9.2.1.4', 'leadership'],
    });
  });
});

describe('locations shown as links', () => {
  it.each([
    ['https://intranet.example/policies/ai-policy.pdf', 'https://intranet.example/policies/ai-policy.pdf'],
    ['  http://wiki.example/AI?page=2  ', 'http://wiki.example/AI?page=2'],
    ['HTTPS://Docs.Example/x', 'https://docs.example/x'],
  ])('links %s', (location, href) => {
    expect(linkableLocation(location)).toBe(href);
  });

  it.each([
    ['javascript:alert(1)'],
    ['file:///C:/policies/ai.pdf'],
    ['\\\\fileserver\\compliance\\ai-policy.docx'],
    ['SharePoint > Compliance > AI policy'],
    ['https://intranet.example/a folder/file.pdf'],
    ['https://'],
    ['data:text/html,<script>alert(1)</script>'],
    [''],
  ])('keeps %j as text', (location) => {
    expect(linkableLocation(location)).toBeNull();
  });
});
