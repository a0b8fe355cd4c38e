/**
 * Builds the content editor's (Keystatic's) form fields from the Zod schemas in src/schemas/, so
 * the editor asks for what `npm run check` accepts: the same fields, the same required ones, the
 * same lengths, patterns and choices. Only labels and help texts are written by hand.
 */
import { fields, type ComponentSchema } from '@keystatic/core';
import type { z } from 'astro/zod';
import { isoDateSchema } from '../../../src/schemas/common';

/** Help shown under a field, by dotted path (`sources.url`); array items share their array's path. */
export type FieldHelp = Record<string, string>;

interface ZodNode {
  _zod: { def: ZodDef };
}
interface ZodDef {
  type: string;
  innerType?: ZodNode;
  defaultValue?: unknown;
  shape?: Record<string, ZodNode>;
  element?: ZodNode;
  entries?: Record<string, string>;
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
}
type TextPattern = { regex: RegExp; message?: string };

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  error?: (issue: object) => string | undefined;
}

/** "publishDate" → "Publish date", "nistAiRmf" → "Nist ai rmf": readable enough, overridable by help. */
export function labelFor(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What a field is once `.optional()` and `.default()` are taken off, and whether it may be left out. */
export function unwrap(schema: ZodNode): { inner: ZodNode; required: boolean; defaultValue?: unknown } {
  let inner = schema;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const def = inner._zod.def;
    if (def.type === 'optional' && def.innerType) required = false;
    else if (def.type === 'default' && def.innerType) {
      required = false;
      defaultValue = def.defaultValue;
    } else break;
    inner = def.innerType;
  }
  return { inner, required, defaultValue };
}

function checksOf(node: ZodNode): CheckDef[] {
  return (node._zod.def.checks ?? []).map((check) => check._zod.def);
}

/** Length limits and the pattern (with Zod's own message) of a string or array schema. */
export function limitsOf(node: ZodNode): { length: { min?: number; max?: number }; pattern?: TextPattern } {
  const length: { min?: number; max?: number } = {};
  let pattern: TextPattern | undefined;
  for (const check of checksOf(node)) {
    if (check.check === 'min_length' && check.minimum !== undefined) length.min = check.minimum;
    if (check.check === 'max_length' && check.maximum !== undefined) length.max = check.maximum;
    if (check.check === 'length_equals' && check.value !== undefined) length.min = length.max = check.value;
    if (check.check === 'string_format' && check.pattern) {
      const message = check.error?.({});
      pattern = message ? { regex: check.pattern, message } : { regex: check.pattern };
    }
  }
  return pattern ? { length, pattern } : { length };
}

/** The smallest whole number a number schema accepts (`.positive()` is "greater than 0"). */
function integerMinimum(node: ZodNode): number | undefined {
  const bound = checksOf(node).find((check) => check.check === 'greater_than');
  if (bound?.value === undefined) return undefined;
  return bound.inclusive ? bound.value : bound.value + 1;
}

/** A label for a list row: its first text value, or the item number. */
function itemLabelFor(element: ComponentSchema) {
  return (props: { value?: unknown; fields?: Record<string, { value?: unknown }> }): string => {
    if (typeof props.value === 'string' && props.value) return props.value;
    const first = Object.values(props.fields ?? {}).find((field) => typeof field.value === 'string' && field.value);
    return typeof first?.value === 'string' ? first.value : element.kind === 'object' ? 'New item' : 'Item';
  };
}

/** The Keystatic field for one Zod schema; `path` is its dotted name, for `help`. */
export function fieldFromZod(schema: ZodNode, path: string, help: FieldHelp = {}): ComponentSchema {
  const { inner, required, defaultValue } = unwrap(schema);
  const description = help[path];
  // Keystatic's option types do not accept `description: undefined`.
  const label = labelFor(path.split('.').pop() ?? path);
  const named = description ? { label, description } : { label };
  const def = inner._zod.def;
  if ((inner as unknown) === isoDateSchema) {
    return fields.date({ ...named, validation: { isRequired: required } });
  }
  switch (def.type) {
    case 'string': {
      if (def.format === 'url') return fields.url({ ...named, validation: { isRequired: required } });
      const { length, pattern } = limitsOf(inner);
      // Long texts (summaries, answers) get a text area; titles and IDs a single line.
      const multiline = (length.min ?? 0) >= 20 && length.max === undefined;
      return fields.text({
        ...named,
        multiline,
        validation: { isRequired: required, length, ...(pattern ? { pattern } : {}) },
      });
    }
    case 'boolean':
      return fields.checkbox({ ...named, defaultValue: defaultValue === true });
    case 'number': {
      const min = integerMinimum(inner);
      return fields.integer({ ...named, validation: { isRequired: required, ...(min === undefined ? {} : { min }) } });
    }
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      const options = values.map((value) => ({ label: value, value }));
      return fields.select({ ...named, options, defaultValue: values[0] ?? '' });
    }
    case 'array': {
      if (!def.element) throw new Error(`${path}: an array schema without an element type`);
      const element = fieldFromZod(def.element, path, help);
      const { length } = limitsOf(inner);
      // itemLabelFor reads only `value` and `fields`, which every kind of preview props has or lacks safely.
      const itemLabel = itemLabelFor(element) as never;
      return fields.array(element, { ...named, itemLabel, validation: { length } });
    }
    case 'object':
      return fields.object(fieldsFromZod(inner, path, help), named);
    default:
      throw new Error(`${path}: the content editor has no field for a Zod "${def.type}" schema`);
  }
}

/** Keystatic fields for every key of a Zod object schema, in the schema's order. */
export function fieldsFromZod(
  schema: z.ZodObject | ZodNode,
  prefix = '',
  help: FieldHelp = {},
): Record<string, ComponentSchema> {
  const shape = (schema as ZodNode)._zod.def.shape ?? {};
  return Object.fromEntries(
    Object.entries(shape).map(([name, field]) => [
      name,
      fieldFromZod(field, prefix ? `${prefix}.${name}` : name, help),
    ]),
  );
}
