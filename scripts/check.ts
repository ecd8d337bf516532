#!/usr/bin/env node
/**
 * npm run check — validates content/ against every rule, without building the site.
 * Exit 0: no errors (warnings may be printed); 1: errors, one line each.
 */
import { checkContent, formatProblem } from '../src/lib/check/index.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { loadGazetteer } from '../src/lib/gazetteer-files.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: npm run check [-- <content folder>]

Checks every file in the content folder (default: content/, or $COMMON_GROUND_CONTENT)
against the registry's rules and prints one line per problem:
  <file>:<line>:<column>: <field>: <what is wrong and what to do>
Exits with 1 when there is an error.`);
  process.exit(0);
}
if (args[0]) process.env.COMMON_GROUND_CONTENT = args[0];

const started = performance.now();
const { problems, errors, sources } = checkContent(contentDir(), loadGazetteer());
for (const problem of problems) console.error(formatProblem(problem));
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const counted = `${sources.policies.size} policies, ${sources.municipalities.size} municipalities, ${sources.regions.size} regions, ${sources.topics.size} topics`;
if (errors.length) {
  console.error(
    `\n${errors.length} error${errors.length === 1 ? '' : 's'} in ${contentDir()} (${counted}; ${seconds} s).`,
  );
  process.exit(1);
}
console.log(`Content is valid: ${counted} (${seconds} s).`);
