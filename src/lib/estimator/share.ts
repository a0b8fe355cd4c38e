import { parseInputs, type EstimatorInputs } from './inputs';

/** Version of the link format; a link with another version is refused rather than misread. */
export const SHARE_VERSION = '1';

const KEYS = ['v', 'size', 'systems', 'risk', 'role', 'certs', 'inventory', 'services', 'target'] as const;

/** The URL fragment (without "#") that carries the inputs, e.g. "v=1&size=50-500&systems=5&...". */
export function encodeShareFragment(inputs: EstimatorInputs): string {
  const params = new URLSearchParams();
  params.set('v', SHARE_VERSION);
  params.set('size', inputs.sizeBand);
  params.set('systems', String(inputs.aiSystemCount));
  params.set('risk', inputs.highRisk ? '1' : '0');
  params.set('role', inputs.role);
  params.set('certs', inputs.certifications.join('.'));
  params.set('inventory', inputs.aiInventory ? '1' : '0');
  params.set('services', inputs.services.join('.'));
  params.set('target', inputs.targetDate);
  return params.toString();
}

export type SharedInputs = { kind: 'none' } | { kind: 'valid'; inputs: EstimatorInputs } | { kind: 'invalid' };

const flag = (value: string | null) => (value === '1' ? true : value === '0' ? false : null);
const list = (value: string | null) => (value === null ? null : value === '' ? [] : value.split('.'));

/**
 * Reads a location.hash. A fragment without "=" is an ordinary anchor (such as the skip link's
 * "#main") and is ignored; anything else must be a complete, valid link of the current version.
 */
export function decodeShareFragment(hash: string, maxAiSystems: number): SharedInputs {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.includes('=')) return { kind: 'none' };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(fragment);
  } catch {
    return { kind: 'invalid' };
  }
  const keys = [...params.keys()];
  if (keys.length !== KEYS.length || KEYS.some((key) => params.getAll(key).length !== 1)) return { kind: 'invalid' };
  if (params.get('v') !== SHARE_VERSION) return { kind: 'invalid' };
  const systems = params.get('systems') ?? '';
  const inputs = parseInputs(
    {
      sizeBand: params.get('size'),
      aiSystemCount: /^[1-9]\d{0,5}$/.test(systems) ? Number(systems) : null,
      highRisk: flag(params.get('risk')),
      role: params.get('role'),
      certifications: list(params.get('certs')),
      aiInventory: flag(params.get('inventory')),
      services: list(params.get('services')),
      targetDate: params.get('target'),
    },
    maxAiSystems,
  );
  return inputs ? { kind: 'valid', inputs } : { kind: 'invalid' };
}
