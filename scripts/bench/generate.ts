#!/usr/bin/env node
/**
 * Writes a synthetic registry for benchmarks: real municipalities from the gazetteer, regions
 * of 5 to 30 members, and policies of 800 to 3,000 words (headings, numbered clauses, lists,
 * a table) with 1 to 3 versions and their endorsements. It passes `npm run check`; the same
 * seed always writes the same registry.
 *
 *   node scripts/bench/generate.ts --policies 10000 --out bench/.output/10k/content [--seed 1]
 *     [--municipalities 5162] [--endorsements 100000]
 *
 * Without the last two, a region's members are the only municipalities and the endorsements
 * are what the members sign; with them, places outside every region are added up to that many
 * municipalities, and the share of members that sign is steered towards that many endorsements.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { kebab } from './lib/ids.ts';
import { nameMunicipalities, placesOutsideRegions, planRegions, readGazetteer } from './lib/places.ts';
import { createPolicyMaker, day, isoDate } from './lib/policies.ts';
import { createRandom } from './lib/random.ts';
import { topics as topicWords } from './lib/words.ts';
import { writeMunicipality, writePolicy, writeRegion, writeTopic } from './lib/write.ts';

/** Publication dates fall in this window, fixed so that a seed means the same registry any day. */
const FIRST_DAY = '2016-01-01';
const LAST_DAY = '2026-06-30';

const usage = `Usage: node scripts/bench/generate.ts --policies <n> --out <folder> [--seed <s>] [--force]
       [--municipalities <n>] [--endorsements <n>]

Writes a valid content folder of <n> policies. --force replaces an existing folder.
--municipalities: list that many municipalities (at most the gazetteer's 5,162), adding places
outside every region. --endorsements: aim for that many endorsements in all.`;

const { values } = parseArgs({
  options: {
    policies: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    municipalities: { type: 'string' },
    endorsements: { type: 'string' },
    force: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const count = Number(values.policies);
const targetMunicipalities = values.municipalities === undefined ? undefined : Number(values.municipalities);
const targetEndorsements = values.endorsements === undefined ? undefined : Number(values.endorsements);
const validTarget = (target: number | undefined) =>
  target === undefined || (Number.isInteger(target) && target >= 0);
if (
  values.help ||
  !values.out ||
  !Number.isInteger(count) ||
  count < 1 ||
  !validTarget(targetMunicipalities) ||
  !validTarget(targetEndorsements)
) {
  console.log(usage);
  process.exit(values.help ? 0 : 1);
}
const out = resolve(values.out);
if (existsSync(out) && readdirSync(out).length) {
  if (!values.force) {
    console.error(`${out} is not empty: choose another folder, or pass --force to replace it.`);
    process.exit(1);
  }
  rmSync(out, { recursive: true });
}

const started = performance.now();
const random = createRandom(values.seed);
const yesterday = day(new Date().toISOString().slice(0, 10)) - 1;
const lastDay = Math.min(day(LAST_DAY), yesterday);

const topics = topicWords.map(([name, name_fr, description]) => ({
  id: kebab(name),
  name,
  name_fr,
  description,
}));
const gazetteer = readGazetteer();
// About 40 policies per region, as a busy regional cluster would publish over ten years.
const regions = planRegions(
  random,
  gazetteer,
  Math.min(400, Math.max(3, Math.round(count / 40))),
  topics.map((t) => t.name),
);
const municipalities = nameMunicipalities(
  regions,
  targetMunicipalities === undefined
    ? []
    : placesOutsideRegions(random, gazetteer, regions, targetMunicipalities),
);

for (const topic of topics) writeTopic(out, topic);
for (const municipality of municipalities) writeMunicipality(out, municipality);
for (const region of regions) writeRegion(out, region);

const world = {
  random,
  regions,
  // Places without a council sign nothing and publish nothing.
  municipalities: municipalities.filter((place) => !place.noCouncil),
  topics,
  firstDay: day(FIRST_DAY),
  lastDay,
  endorsementScale: 1,
};
const makePolicy = createPolicyMaker(world);
let versions = 0;
let endorsements = 0;
let words = 0;
for (let i = 0; i < count; i++) {
  const policy = makePolicy();
  writePolicy(out, policy);
  versions += policy.versions.length;
  endorsements += policy.endorsements.length;
  words += policy.versions.at(-1)!.text.words;
  if (targetEndorsements !== undefined) {
    // Steer gently towards the target's pace: more signers while behind it, fewer ahead.
    const pace = (targetEndorsements * (i + 1)) / count;
    world.endorsementScale = Math.min(
      8,
      Math.max(0.05, world.endorsementScale * ((pace + 10) / (endorsements + 10)) ** 0.05),
    );
  }
}

console.log(
  `Wrote ${out}: ${count} policies (${versions} versions, ${endorsements} endorsements, ` +
    `${Math.round(words / count)} words on average), ${municipalities.length} municipalities, ` +
    `${regions.length} regions, ${topics.length} topics; seed ${values.seed}, last date ${isoDate(lastDay)} ` +
    `(${((performance.now() - started) / 1000).toFixed(1)} s).`,
);
