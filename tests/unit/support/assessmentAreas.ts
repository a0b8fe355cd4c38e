// The assessment's areas as the standard sets them out, written by hand so the tests check the data
// against the standard rather than against itself: clauses 4 to 10, then Annex A groups A.2 to A.10.
export const ASSESSMENT_AREA_IDS = [
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '10',
  'A.2',
  'A.3',
  'A.4',
  'A.5',
  'A.6',
  'A.7',
  'A.8',
  'A.9',
  'A.10',
];
