import { describe, expect, it } from 'vitest';
import { CERTIFICATIONS, COMPONENT_IDS } from '../../../src/lib/estimator/ids';
import { ROLES, SIZE_BANDS } from '../../../src/lib/scoping';
import { defaultInputs, type EstimatorInputs } from '../../../src/lib/estimator/inputs';
import { decodeShareFragment, encodeShareFragment } from '../../../src/lib/estimator/share';
import { seededRandom } from './inputSpace';

const MAX = 200;

describe('share links', () => {
  it('encode the inputs readably', () => {
    expect(
      encodeShareFragment({ ...defaultInputs(), certifications: ['iso27001', 'soc2'], targetDate: '2027-06-30' }),
    ).toBe(
      'v=1&size=50-500&systems=5&risk=0&role=provider&certs=iso27001.soc2&inventory=0' +
        '&services=gap-analysis.framework-development.impact-assessments.technical-controls.certification-audit.annual-surveillance' +
        '&target=2027-06-30',
    );
  });

  it('round-trip 5,000 seeded random inputs exactly', () => {
    const random = seededRandom(7);
    const subset = <T>(items: readonly T[]) => items.filter(() => random() < 0.5);
    for (let i = 0; i < 5000; i += 1) {
      const inputs: EstimatorInputs = {
        sizeBand: SIZE_BANDS[Math.floor(random() * 4)]!,
        aiSystemCount: 1 + Math.floor(random() * MAX),
        highRisk: random() < 0.5,
        role: ROLES[Math.floor(random() * 3)]!,
        certifications: subset(CERTIFICATIONS),
        aiInventory: random() < 0.5,
        services: subset(COMPONENT_IDS),
        targetDate: random() < 0.5 ? '' : `2027-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}`,
      };
      expect(decodeShareFragment(`#${encodeShareFragment(inputs)}`, MAX)).toEqual({ kind: 'valid', inputs });
    }
  });

  it('ignore ordinary anchors and empty fragments', () => {
    expect(decodeShareFragment('', MAX)).toEqual({ kind: 'none' });
    expect(decodeShareFragment('#', MAX)).toEqual({ kind: 'none' });
    expect(decodeShareFragment('#main', MAX)).toEqual({ kind: 'none' });
  });

  const valid = encodeShareFragment(defaultInputs());
  it.each([
    ['another version', valid.replace('v=1', 'v=2')],
    ['a missing key', valid.replace('&risk=0', '')],
    ['a repeated key', `${valid}&risk=1`],
    ['an unknown key', `${valid}&price=1`],
    ['an unknown size', valid.replace('size=50-500', 'size=5000')],
    ['systems out of range', valid.replace('systems=5', 'systems=999')],
    ['systems zero', valid.replace('systems=5', 'systems=0')],
    ['systems not a number', valid.replace('systems=5', 'systems=5e1')],
    ['systems negative', valid.replace('systems=5', 'systems=-5')],
    ['a flag that is not 0 or 1', valid.replace('risk=0', 'risk=true')],
    ['an unknown role', valid.replace('role=provider', 'role=owner')],
    ['an unknown certification', valid.replace('certs=', 'certs=iso14001')],
    ['an unknown service', valid.replace('services=gap-analysis', 'services=free-lunch')],
    ['a bad date', valid.replace('target=', 'target=tomorrow')],
    ['garbage', 'a=%E0%A4%A'],
    ['a script', valid.replace('role=provider', 'role=%3Cscript%3E')],
  ])('fall back on %s', (_, fragment) => {
    expect(decodeShareFragment(`#${fragment}`, MAX)).toEqual({ kind: 'invalid' });
  });
});
