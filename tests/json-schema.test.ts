/**
 * The JSON Schemas editors use are generated from the zod schemas the build checks with:
 * a real JSON Schema validator accepts every file of the sample and fixture registries and
 * refuses the bad fixtures, and the committed copies are never stale.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, inject, it } from 'vitest';
import { readContent, type SourceFile } from '../src/check/source.ts';
import { contentFormatDoc } from '../src/schemas/content-format-doc.ts';
import { contentTypes, jsonSchema, jsonSchemaText } from '../src/schemas/json-schema.ts';
import { invalidCases, type Edit } from './fixtures/invalid-cases.ts';
import { outputRoot, projectRoot } from './support/build.ts';
import { copyWithEdits } from './support/fixture-copy.ts';

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats.default(ajv);
const validators = Object.fromEntries(
  contentTypes.map((type) => [type.name, ajv.compile(jsonSchema(type))]),
) as Record<(typeof contentTypes)[number]['name'], ValidateFunction>;

/** Validates a file's data as an editor would, and each endorsement on its own schema. */
function errorsOf(file: SourceFile): string[] {
  const validate = validators[file.kind];
  const errors = validate(file.data)
    ? []
    : validate.errors!.map((error) => `${error.instancePath} ${error.message}`);
  const endorsements = (file.data as { endorsements?: unknown[] } | undefined)?.endorsements ?? [];
  for (const endorsement of file.kind === 'policy' ? endorsements : []) {
    if (!validators.endorsement(endorsement))
      errors.push(
        ...validators.endorsement.errors!.map((error) => `endorsement${error.instancePath} ${error.message}`),
      );
  }
  return errors;
}

describe.each([
  ['the sample registry', 'content'],
  ['the fixture registry', 'tests/fixtures/registry'],
])('%s', (_, folder) => {
  const { files } = readContent(resolve(projectRoot, folder));

  it.each(files.map((file) => [file.displayPath, file] as const))('%s is valid', (_path, file) => {
    expect(errorsOf(file)).toEqual([]);
  });
});

describe('the bad fixtures', () => {
  const schemaRules = [
    'required fields are present',
    'enumerated fields take one of their values',
    'versions are quoted MAJOR.MINOR strings',
    'no unknown fields',
    'dates are real dates',
  ];
  const policy = 'policies/open-data-standard/index.mdx';
  const more: { rule: string; edits: Edit[] }[] = [
    {
      rule: 'an unknown action',
      edits: [{ file: policy, replace: ['action: co-signed', 'action: signed'] }],
    },
    {
      rule: 'a text hash that is not sha256',
      edits: [
        {
          file: policy,
          // The fixture's decisions record their hash: this one names another algorithm.
          replace: ['    textHash: sha256:', '    textHash: md5:'],
        },
      ],
    },
    {
      rule: 'a source that is not a web page',
      edits: [
        {
          file: policy,
          replace: ['    instrument: DEMO', '    sourceUrl: ftp://example.org/x\n    instrument: DEMO'],
        },
      ],
    },
    { rule: 'no topic', edits: [{ file: policy, replace: ['topics: [open-data]', 'topics: []'] }] },
    {
      rule: 'an identifier in capitals',
      edits: [{ file: policy, replace: ['region: durham', 'region: Durham'] }],
    },
    {
      rule: 'a region kind that does not exist',
      edits: [{ file: 'regions/durham.yaml', replace: ['kind: upper-tier', 'kind: county'] }],
    },
  ];
  const cases = [...invalidCases.filter(({ rule }) => schemaRules.includes(rule)), ...more];

  it('cover every per-file rule', () => {
    expect(cases).toHaveLength(schemaRules.length + more.length);
  });

  it.each(cases)('are refused: $rule', ({ rule, edits }) => {
    const dir = copyWithEdits(
      resolve(projectRoot, 'tests/fixtures/registry'),
      join(outputRoot, 'json-schema', rule.replace(/\W+/g, '-'), 'content'),
      edits,
    );
    const edited = new Set(edits.map((edit) => resolve(dir, edit.file)));
    const { files } = readContent(dir);
    const errors = files.filter((file) => edited.has(file.absolutePath)).flatMap(errorsOf);
    expect(errors.length, rule).toBeGreaterThan(0);
  });
});

describe('the committed copies', () => {
  it.each(contentTypes)('schemas/$name.json is current (run npm run schemas)', (type) => {
    expect(readFileSync(resolve(projectRoot, 'schemas', `${type.name}.json`), 'utf8')).toBe(
      jsonSchemaText(type),
    );
  });

  it('docs/content-format.md is current (run npm run schemas)', () => {
    expect(readFileSync(resolve(projectRoot, 'docs/content-format.md'), 'utf8')).toBe(contentFormatDoc());
  });

  it('are wired into the editor settings for every YAML content type', () => {
    const settings = JSON.parse(
      readFileSync(resolve(projectRoot, '.vscode/settings.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''),
    ) as { 'yaml.schemas': Record<string, string[]> };
    for (const type of contentTypes.filter(({ glob }) => glob?.endsWith('.yaml'))) {
      expect(settings['yaml.schemas'][`./schemas/${type.name}.json`]).toContain(type.glob);
    }
  });
});

describe('the site', () => {
  it.each(contentTypes)('publishes /schemas/$name.json', (type) => {
    const published = readFileSync(join(inject('fixtureDist'), 'schemas', `${type.name}.json`), 'utf8');
    expect(published).toBe(jsonSchemaText(type));
  });
});
