/**
 * Turns a schema with zod's `safeParse` (zod 4, zod/mini, or anything shaped like it) into the
 * `validate` callback a hand-off is opened with, without this module importing zod.
 */
import type { Checked } from '../persistence/checked';

interface SafeParseIssue {
  path: readonly PropertyKey[];
  message: string;
}

export interface SafeParseSchema<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly SafeParseIssue[] } };
}

export function checkWith<T>(schema: SafeParseSchema<T>): (value: unknown) => Checked<T> {
  return (value) => {
    const result = schema.safeParse(value);
    if (result.success) return { ok: true, value: result.data };
    const [first] = result.error.issues;
    const where = first && first.path.length > 0 ? `${first.path.map(String).join('.')}: ` : '';
    return { ok: false, reason: first ? `${where}${first.message}` : 'it does not match the expected shape' };
  };
}
