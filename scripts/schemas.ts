#!/usr/bin/env node
/**
 * npm run schemas — writes the JSON Schema of each content type to schemas/ (which the
 * editor settings in .vscode/ read) and the content-format reference to
 * docs/content-format.md, both generated from src/schemas/. A test fails when either is
 * out of date, so run this after changing a schema.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentFormatDoc } from '../src/schemas/content-format-doc.ts';
import { contentTypes, jsonSchemaText } from '../src/schemas/json-schema.ts';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Usage: npm run schemas

Regenerates, from the zod schemas in src/schemas/ and the allowlist in
src/text/content-components.ts:
  schemas/<type>.json       the JSON Schema of each content type, for editors
  docs/content-format.md    the content-format reference`);
  process.exit(0);
}

const root = resolve(import.meta.dirname, '..');
mkdirSync(join(root, 'schemas'), { recursive: true });
for (const type of contentTypes)
  writeFileSync(join(root, 'schemas', `${type.name}.json`), jsonSchemaText(type));
writeFileSync(join(root, 'docs', 'content-format.md'), contentFormatDoc());
console.log(`Wrote ${contentTypes.length} schemas to schemas/ and docs/content-format.md.`);
