#!/usr/bin/env node
/**
 * npm run check — validates content/ against every rule, without building the site.
 * Exit 0: no errors (warnings may be printed); 1: errors, one line each; 2: a mistake in
 * the command itself.
 */
import { parseArgs } from 'node:util';
import { checkAgainstBase } from '../src/check/base/index.ts';
import { checkContent, formatProblem } from '../src/check/index.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { loadGazetteer } from '../src/registry/gazetteer/gazetteer-files.ts';

const usage = `Usage: npm run check [-- <content folder>] [--base <git ref>]

Checks every file in the content folder (default: content/, or $COMMON_GROUND_CONTENT)
against the registry's rules and prints one line per problem:
  <file>:<line>:<column>: <field>: <what is wrong and what to do>
Exits with 1 when there is an error. Warnings (a review overdue, a proposal a year old with
no council decision) are judged on today's date, or on COMMON_GROUND_TODAY=YYYY-MM-DD.

  --base <git ref>  also compares the registry with the registry at that commit (a branch,
                    tag or commit of the git repository holding the content folder, e.g.
                    origin/main) and refuses what must never change silently: the text of
                    any version a council decided on, a frozen version file, a published
                    policy (unless renamed with formerSlugs), and any address listed in
                    published-addresses.txt at that commit. Pull requests and deploys run it.`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { base: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n\n${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (positionals.length > 1) {
  console.error(`Give one content folder, not ${positionals.length}.\n\n${usage}`);
  process.exit(2);
}
if (positionals[0]) process.env.COMMON_GROUND_CONTENT = positionals[0];

const started = performance.now();
const { problems, errors, sources } = checkContent(contentDir(), loadGazetteer());
if (values.base !== undefined) {
  const changed = checkAgainstBase(contentDir(), values.base);
  problems.push(...changed);
  errors.push(...changed);
}
for (const problem of problems) console.error(formatProblem(problem));
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const counted = `${sources.policies.size} policies, ${sources.municipalities.size} municipalities, ${sources.regions.size} regions, ${sources.topics.size} topics`;
const compared = values.base === undefined ? '' : `, compared with ${values.base}`;
if (errors.length) {
  console.error(
    `\n${errors.length} error${errors.length === 1 ? '' : 's'} in ${contentDir()} (${counted}${compared}; ${seconds} s).`,
  );
  process.exit(1);
}
console.log(`Content is valid: ${counted}${compared} (${seconds} s).`);
