/**
 * Fails when the content editor's fields and the Zod schemas of src/schemas/ drift apart. The
 * schema side is Zod's own JSON Schema; the editor side is Keystatic's field objects, probed by
 * asking them to validate values at the schema's limits, so the test does not trust the
 * generator (fieldsFromZod.ts) it guards.
 */
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import {
  BODY_FIELD,
  EDITOR_PAGE_FOLDERS,
  editorCollections,
  editorSingletons,
  type EditorPageFolder,
} from '../../../../scripts/lib/cms/editorCollections';
import { DATA_FILES, PAGE_FOLDERS } from '../../../../src/schemas/collections';
import { isoDateSchema } from '../../../../src/schemas/common';

interface JsonSchema {
  type?: string;
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
}

/** Keystatic's field objects, as far as the probes below use them. */
interface EditorField {
  kind: string;
  fields?: Record<string, EditorField>;
  element?: EditorField;
  options?: readonly { value: string }[];
  validation?: { length?: { min?: number; max?: number } };
  defaultValue?: () => unknown;
  parse?: (value: unknown, args?: { slug: string }) => unknown;
  validate?: (value: unknown) => unknown;
}

function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    // Dates are a preprocess step that JSON Schema cannot show; say what they accept.
    override: (context) => {
      if (context.zodSchema === isoDateSchema) Object.assign(context.jsonSchema, { type: 'string', format: 'date' });
    },
  }) as JsonSchema;
}

const accepts = (field: EditorField, value: unknown) => {
  try {
    field.validate?.(value);
    return true;
  } catch {
    return false;
  }
};

/** Keystatic's slug field (title plus file name) holds `{ name, slug }`; other fields hold the value. */
const isNameAndFileName = (field: EditorField) => {
  try {
    // Read as an entry's naming field, a slug field gives back both parts; a text field only text.
    const parsed = field.parse?.(undefined, { slug: 'probe' });
    return typeof parsed === 'object' && parsed !== null && 'slug' in parsed;
  } catch {
    return false;
  }
};
/** A file name every folder's rule accepts, updates' date prefix included. */
const FILE_NAME = '2026-12-01-probe';
const asValue = (field: EditorField, text: unknown) =>
  isNameAndFileName(field) ? { name: text, slug: FILE_NAME } : text;

/** What a form field holds when the editor leaves it empty. */
function emptyValueOf(field: EditorField): unknown {
  try {
    return field.defaultValue?.();
  } catch {
    return null;
  }
}

/** Every disagreement between one JSON Schema property and its editor field, as readable lines. */
function differences(path: string, json: JsonSchema, field: EditorField | undefined, required: boolean): string[] {
  if (!field) return [`${path}: in the schema, not in the editor`];
  const found: string[] = [];
  if (json.type === 'object') {
    if (field.kind !== 'object') return [`${path}: an object in the schema, a ${field.kind} field in the editor`];
    found.push(...objectDifferences(path, json, field.fields ?? {}));
    return found;
  }
  if (json.type === 'array') {
    if (field.kind !== 'array' || !field.element) return [`${path}: a list in the schema, not in the editor`];
    const length = field.validation?.length ?? {};
    if ((json.minItems ?? 0) !== (length.min ?? 0))
      found.push(`${path}: at least ${json.minItems ?? 0} items in the schema, ${length.min ?? 0} in the editor`);
    if (json.maxItems !== length.max)
      found.push(`${path}: at most ${json.maxItems} items in the schema, ${length.max} in the editor`);
    return [...found, ...differences(`${path}[]`, json.items ?? {}, field.element, true)];
  }
  if (field.kind !== 'form') return [`${path}: a single value in the schema, a ${field.kind} field in the editor`];
  if (json.enum) {
    const options = field.options?.map((option) => option.value);
    if (JSON.stringify(options) !== JSON.stringify(json.enum))
      found.push(`${path}: choices ${json.enum} in the schema, ${options} in the editor`);
    return found;
  }
  if (json.type === 'boolean') return found;
  const empty = isNameAndFileName(field) ? { name: '', slug: FILE_NAME } : emptyValueOf(field);
  if (accepts(field, empty) === required)
    found.push(`${path}: ${required ? 'required' : 'optional'} in the schema, not in the editor`);
  if (json.type === 'string' && !json.format && !json.pattern) {
    const { minLength, maxLength } = json;
    if (
      maxLength !== undefined &&
      (accepts(field, asValue(field, 'x'.repeat(maxLength + 1))) ||
        !accepts(field, asValue(field, 'x'.repeat(maxLength))))
    )
      found.push(`${path}: at most ${maxLength} characters in the schema, not in the editor`);
    if (
      minLength !== undefined &&
      minLength > 1 &&
      (accepts(field, asValue(field, 'x'.repeat(minLength - 1))) ||
        !accepts(field, asValue(field, 'x'.repeat(minLength))))
    )
      found.push(`${path}: at least ${minLength} characters in the schema, not in the editor`);
  }
  if (json.pattern && accepts(field, asValue(field, ' not matching ')))
    found.push(`${path}: the schema requires the pattern ${json.pattern}, the editor accepts any text`);
  if (json.format === 'date' && accepts(field, '2026-02-30') === false && accepts(field, '2026-12-01') === false)
    found.push(`${path}: a date in the schema, the editor refuses dates`);
  return found;
}

function objectDifferences(path: string, json: JsonSchema, editorFields: Record<string, EditorField>): string[] {
  const properties = json.properties ?? {};
  const required = new Set(json.required ?? []);
  const found = Object.entries(properties).flatMap(([name, property]) =>
    differences(path ? `${path}.${name}` : name, property, editorFields[name], required.has(name)),
  );
  for (const name of Object.keys(editorFields)) {
    if (!(name in properties) && !(path === '' && name === BODY_FIELD))
      found.push(`${path ? `${path}.` : ''}${name}: in the editor, not in the schema`);
  }
  return found;
}

describe('the content editor asks for what the schemas accept', () => {
  test.each(Object.keys(EDITOR_PAGE_FOLDERS) as EditorPageFolder[])('content/%s/', (folder) => {
    const schema = editorCollections[folder].schema as unknown as Record<string, EditorField>;
    expect(objectDifferences('', jsonSchemaOf(PAGE_FOLDERS[folder]), schema)).toEqual([]);
  });

  test('content/data/faq.yaml', () => {
    const schema = editorSingletons.faq.schema as unknown as Record<string, EditorField>;
    expect(objectDifferences('', jsonSchemaOf(DATA_FILES.faq), schema)).toEqual([]);
  });

  test('a field the editor lacks, or a changed limit, is reported', () => {
    const schema = editorCollections.updates.schema as unknown as Record<string, EditorField>;
    const withoutTags = Object.fromEntries(Object.entries(schema).filter(([name]) => name !== 'tags'));
    const drifted = PAGE_FOLDERS.updates.extend({ description: z.string().min(50).max(160) });
    expect(objectDifferences('', jsonSchemaOf(drifted), withoutTags)).toEqual([
      'description: at most 160 characters in the schema, not in the editor',
      'tags: in the schema, not in the editor',
    ]);
  });
});
