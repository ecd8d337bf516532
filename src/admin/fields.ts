import { z } from 'astro/zod';

/**
 * Decap form fields from a content schema: the zod schema the check validates with is the
 * one source of truth, so a field added there appears in the form, its `.describe()` as the
 * hint. Enums become selects, dates date pickers, references to other content relation
 * widgets searched by name (or a select of policies by title: see config.ts).
 */
export type DecapField = Record<string, unknown> & { name: string; widget: string };

/** Where each reference field points. */
export const references: Record<string, 'municipalities' | 'topics' | 'regions' | 'policies'> = {
  municipality: 'municipalities',
  members: 'municipalities',
  topics: 'topics',
  region: 'regions',
  supersededBy: 'policies',
  translationOf: 'policies',
  policy: 'policies',
  localPolicy: 'policies',
};

/** The check's words for the patterns a form can test as the clerk types. */
const patternMessages: Record<string, string> = {
  '^\\d+\\.\\d+$': 'must be a version MAJOR.MINOR such as "1.0" or "2.1"',
  '^[a-z0-9]+(?:-[a-z0-9]+)*$':
    'must be kebab-case (lowercase letters, digits, single hyphens), e.g. "data-principles"',
  '^[A-Za-z0-9.+-]+$': 'must be an SPDX licence id such as "CC-BY-4.0"',
};

interface JsonSchema {
  type?: string;
  description?: string;
  enum?: string[];
  format?: string;
  pattern?: string;
  default?: unknown;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

export interface FieldOptions {
  /** A widget for a reference to policies (Decap's relation cannot name a policy by its folder). */
  policyWidget: (name: string, multiple: boolean) => Record<string, unknown>;
}

/** Labels that the field's name alone would not make plain. */
const labels: Record<string, string> = {
  ocdId: 'Open Civic Data identifier',
  // A decision's deciding body (a policy's text is the `Text` field: config.ts).
  body: 'Deciding body',
  sourceUrl: 'Source URL',
  lang: 'Language',
  license: 'Licence',
};

/** `translationOf` → "Translation of"; `name_fr` → "Name (French)". */
export function labelOf(name: string): string {
  if (labels[name]) return labels[name];
  const french = name.endsWith('_fr');
  const words = name
    .replace(/_fr$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  const label = words.charAt(0).toUpperCase() + words.slice(1);
  return french ? `${label} (French)` : label;
}

export function decapFields(schema: z.ZodType, options: FieldOptions): DecapField[] {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-07',
    unrepresentable: 'any',
  }) as JsonSchema;
  return objectFields(json, options);
}

function objectFields(json: JsonSchema, options: FieldOptions): DecapField[] {
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) =>
    field(name, property, required.has(name), options),
  );
}

function field(name: string, property: JsonSchema, required: boolean, options: FieldOptions): DecapField {
  const base = {
    name,
    label: labelOf(name),
    ...(property.description ? { hint: property.description } : {}),
    required: required && property.default === undefined,
    ...(property.default !== undefined && !Array.isArray(property.default)
      ? { default: property.default }
      : {}),
  };
  const target = references[name];
  const multiple = property.type === 'array';
  if (target === 'policies') return { ...base, widget: 'select', ...options.policyWidget(name, multiple) };
  if (target)
    return {
      ...base,
      widget: 'relation',
      collection: target,
      value_field: '{{slug}}',
      search_fields: ['name'],
      display_fields: ['name'],
      multiple,
    };
  if (property.enum) return { ...base, widget: 'select', options: property.enum };
  if (property.format === 'date')
    return {
      ...base,
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      date_format: 'YYYY-MM-DD',
      time_format: false,
      picker_utc: true,
    };
  if (property.type === 'array' && property.items?.type === 'object')
    // Starts empty: without `default: []` Decap adds one blank item to a new entry, which
    // would then fail its own required fields.
    return { ...base, widget: 'list', default: [], fields: objectFields(property.items, options) };
  if (property.type === 'array') return { ...base, widget: 'list' };
  // A group of fields, such as adaptationOf's policy and version. Decap validates a group's
  // fields even when the group itself is left empty, so an optional group's fields are
  // optional in the form; the check still requires them when the group is written.
  if (property.type === 'object' && property.properties) {
    const fields = objectFields(property, options);
    return {
      ...base,
      widget: 'object',
      collapsed: !base.required,
      fields: base.required ? fields : fields.map((f) => ({ ...f, required: false })),
    };
  }
  const pattern = property.pattern ? patternMessages[property.pattern] : undefined;
  return {
    ...base,
    widget: name === 'summary' || name === 'description' || name === 'notes' ? 'text' : 'string',
    ...(pattern ? { pattern: [property.pattern, pattern] } : {}),
  };
}
