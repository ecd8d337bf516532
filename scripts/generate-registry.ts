#!/usr/bin/env node
/**
 * Writes a large synthetic registry for timing the content check, e.g. 10,000 policies:
 *   node scripts/generate-registry.ts /tmp/big-registry 10000
 *   time npm run check -- /tmp/big-registry
 * Topics, municipalities and regions are the sample's; each policy is one of the sample's
 * texts under a new slug, and one in ten uses the registry's components.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [target, countText = '10000'] = process.argv.slice(2);
if (!target || target === '--help') {
  console.log('Usage: node scripts/generate-registry.ts <folder> [<number of policies>]');
  process.exit(target ? 0 : 2);
}
const sample = resolve(import.meta.dirname, '../content');
const out = resolve(target);
rmSync(out, { recursive: true, force: true });
for (const folder of ['topics', 'municipalities', 'regions'])
  cpSync(join(sample, folder), join(out, folder), { recursive: true });

// Sample policies without earlier versions or cross-references, so that every copy is valid.
const texts = readdirSync(join(sample, 'policies'))
  .map((slug) => readFileSync(join(sample, 'policies', slug, 'index.mdx'), 'utf8'))
  .filter((text) => !/^(supersededBy|translationOf):/m.test(text))
  .filter((text) => /^version: ["']1\.0["']/m.test(text));
const withComponents =
  '\n\n<Callout kind="warning">\nA warning for the benchmark.\n</Callout>\n\n<Clause id="benchmark-clause">\nA clause for the benchmark.\n</Clause>\n';

const count = Number(countText);
for (let i = 0; i < count; i++) {
  const text = texts[i % texts.length]!;
  const slug = `policy-${String(i).padStart(5, '0')}`;
  mkdirSync(join(out, 'policies', slug), { recursive: true });
  writeFileSync(join(out, 'policies', slug, 'index.mdx'), i % 10 === 0 ? text + withComponents : text);
}
console.log(`Wrote ${count} policies to ${out}.`);
