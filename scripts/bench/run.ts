#!/usr/bin/env node
/**
 * npm run bench: generates a synthetic registry, builds it with the real build, builds a bare
 * Astro site of the same MDX documents beside it, and reports time, memory, page weight,
 * JavaScript and search for both, with the ratios and the scale targets.
 *
 *   npm run bench -- --policies 10000 --municipalities 5162 --endorsements 100000
 *
 * Writes bench/.output/<name>/report.json and report.md (name: p<policies> by default), with
 * the content, both sites and every log beside them. Run one at a time: a 10,000-policy
 * build takes minutes and gigabytes.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { childEnv } from '../../tests/support/build.ts';
import { writeBaseline } from './lib/baseline.ts';
import { phaseMemory, readBuildTimings } from './lib/build-timings.ts';
import { measure, type MeasuredRun } from './lib/measure.ts';
import { pageWeights } from './lib/page-weights.ts';
import {
  markdown,
  ratios,
  targets,
  type BenchReport,
  type ContentFigures,
  type SiteFigures,
} from './lib/report.ts';
import { baselineSearch, registrySearch } from './lib/search.ts';
import { addOneDecision, editOneText } from './lib/warm-edits.ts';

const usage = `Usage: npm run bench -- [--policies 1000] [--municipalities <n>] [--endorsements <n>] [--seed 1]
                       [--name <name>] [--out bench/.output] [--search-runs 5] [--quick]

--quick: one search run, and no search index or search measurement for the baseline (smoke tests).`;

const { values } = parseArgs({
  options: {
    policies: { type: 'string', default: '1000' },
    municipalities: { type: 'string' },
    endorsements: { type: 'string' },
    seed: { type: 'string', default: '1' },
    name: { type: 'string' },
    out: { type: 'string', default: 'bench/.output' },
    'search-runs': { type: 'string', default: '5' },
    quick: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const projectRoot = resolve(import.meta.dirname, '../..');
const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const policies = Number(values.policies);
const name = values.name ?? `p${policies}`;
const work = resolve(projectRoot, values.out, name);
const content = join(work, 'content');
const searchRuns = values.quick ? 1 : Number(values['search-runs']);
const query = 'data';
const log = (message: string) => console.log(`[bench] ${message}`);
mkdirSync(work, { recursive: true });
const loadAverage = loadavg();

// 1. The synthetic registry.
log(`generating ${policies} policies into ${content}`);
const generated = await run(
  process.execPath,
  [
    'scripts/bench/generate.ts',
    '--policies',
    String(policies),
    '--out',
    content,
    '--seed',
    values.seed,
    '--force',
    ...(values.municipalities ? ['--municipalities', values.municipalities] : []),
    ...(values.endorsements ? ['--endorsements', values.endorsements] : []),
  ],
  'generate',
);
const contentFigures = readGenerated(generated);

// 2. The content check alone: the same code the build runs first.
log('checking the content alone');
const check = await run(process.execPath, ['scripts/check.ts', content], 'check');

// 3. The registry, with the real build, from a cold cache.
const registryDist = join(work, 'registry/dist');
rmSync(join(work, 'registry'), { recursive: true, force: true });
log('building the registry');
const registryEnv = (step: string) =>
  childEnv({
    COMMON_GROUND_CONTENT: content,
    COMMON_GROUND_CACHE: join(work, 'registry/cache'),
    COMMON_GROUND_BUILD_TIMINGS: timingsFile(step),
  });
const registryBuild = await run(
  process.execPath,
  [astro, 'build', '--outDir', registryDist],
  'registry-build',
  { env: registryEnv('registry-build') },
);
const registry = await siteFigures(registryBuild, 'registry-build', registryDist, false);
log('measuring the registry’s search in Chromium');
registry.search = await registrySearch(projectRoot, registryDist, {
  runs: searchRuns,
  query,
  logFile: join(work, 'registry-search.log'),
  jsonFile: join(work, 'registry-search.json'),
});

// 3b. Warm rebuilds, the cache folder kept: after one new decision, then one edited text.
const warm = {} as Record<
  'decision' | 'text',
  { ms: number; peakBytes: number; restored: number; edit: string }
>;
for (const [step, edit] of [
  ['decision', addOneDecision],
  ['text', editOneText],
] as const) {
  const what = edit(content);
  log(`rebuilding the registry after one edit (${what})`);
  const rebuild = await run(
    process.execPath,
    [astro, 'build', '--outDir', registryDist],
    `registry-warm-${step}`,
    { env: registryEnv(`registry-warm-${step}`) },
  );
  const timings = readBuildTimings(timingsFile(`registry-warm-${step}`), rebuild.ms);
  // The same routes as the cold build's, less those rendered again.
  const restored = registry.build.pagesBuilt - timings.rendered;
  warm[step] = { ms: rebuild.ms, peakBytes: rebuild.memory.peakTotalBytes, restored, edit: what };
}

// 4. The baseline: a bare Astro site of the same MDX documents.
log('building the baseline');
const site = writeBaseline(join(work, 'baseline'), content, projectRoot);
const baselineBuild = await run(process.execPath, [astro, 'build'], 'baseline-build', {
  cwd: site.root,
  env: childEnv({ COMMON_GROUND_BUILD_TIMINGS: timingsFile('baseline-build') }),
});
const baseline = {
  ...(await siteFigures(baselineBuild, 'baseline-build', site.dist, true)),
  documents: site.documents,
};
if (!values.quick) {
  log('indexing the baseline with Pagefind and measuring a first query');
  baseline.search = await baselineSearch(projectRoot, site.dist, {
    runs: searchRuns,
    query,
    logFile: join(work, 'baseline-search.log'),
  });
}

// 5. The report.
const partial = {
  name,
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model ?? '?',
    memoryGiB: totalmem() / 2 ** 30,
    loadAverage,
  },
  versions: {
    node: process.version,
    astro: packageVersion('astro'),
    pagefind: packageVersion('pagefind'),
  },
  params: {
    policies,
    municipalities: values.municipalities ? Number(values.municipalities) : undefined,
    endorsements: values.endorsements ? Number(values.endorsements) : undefined,
    seed: values.seed,
    quick: values.quick,
  },
  content: contentFigures,
  generate: { ms: generated.ms },
  check: { ms: check.ms, peakBytes: check.memory.peakTotalBytes },
  registry,
  warm,
  baseline,
};
const withRatios = { ...partial, ratios: ratios(partial) };
const report: BenchReport = { ...withRatios, targets: targets(withRatios) };
writeFileSync(join(work, 'report.json'), JSON.stringify(report, null, 2) + '\n');
writeFileSync(join(work, 'report.md'), markdown(report));
log(`report: ${join(work, 'report.md')} and report.json`);
for (const t of report.targets)
  log(
    `${t.met === null ? '?' : t.met ? '✓' : '✗'} ${t.label}: ${t.value === null ? '—' : t.value.toFixed(2)} ${t.unit} (limit ${t.limit} ${t.unit})`,
  );

/** Runs a step, keeps its output in <work>/<step>.log, and stops the bench if it fails. */
async function run(
  command: string,
  args: string[],
  step: string,
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<MeasuredRun> {
  const logFile = join(work, `${step}.log`);
  const result = await measure(command, args, { cwd: options.cwd ?? projectRoot, env: options.env, logFile });
  if (result.code !== 0) {
    console.error(
      result.lines
        .slice(-30)
        .map((line) => line.text)
        .join('\n'),
    );
    console.error(`[bench] ${step} failed (exit ${result.code}); its output is in ${logFile}.`);
    process.exit(1);
  }
  log(
    `${step}: ${(result.ms / 1000).toFixed(1)} s, peak ${(result.memory.peakTotalBytes / 2 ** 30).toFixed(2)} GiB`,
  );
  return result;
}

/** Where a build step writes its timings (src/integration/build-timings.ts). */
function timingsFile(step: string): string {
  return join(work, `${step}.timings.json`);
}

async function siteFigures(
  build: MeasuredRun,
  step: string,
  dist: string,
  isBaseline: boolean,
): Promise<SiteFigures> {
  const parsed = readBuildTimings(timingsFile(step), build.ms, { baseline: isBaseline });
  const { samples, ...memory } = build.memory;
  log(`weighing the ${isBaseline ? 'baseline' : 'registry'}’s pages`);
  return {
    build: {
      ms: build.ms,
      phases: parsed.phases,
      pagesBuilt: parsed.pagesBuilt,
      renderByType: parsed.renderByType,
      memory,
      phaseMemory: phaseMemory(parsed.phases, samples),
    },
    pages: await pageWeights(dist, { baseline: isBaseline }),
  };
}

/** The generator's summary line: "Wrote …: N policies (V versions, E endorsements, W words on average), …". */
function readGenerated(generatedRun: MeasuredRun): ContentFigures {
  const line = generatedRun.lines.find((l) => l.text.startsWith('Wrote '))?.text ?? '';
  const number = (pattern: RegExp) => Number(pattern.exec(line)?.[1]?.replaceAll(',', '') ?? NaN);
  const versions = number(/\((\d+) versions/);
  return {
    policies: number(/: (\d+) policies/),
    versions,
    mdxDocuments: versions,
    endorsements: number(/(\d+) endorsements/),
    municipalities: number(/(\d+) municipalities/),
    regions: number(/(\d+) regions/),
    topics: number(/(\d+) topics/),
    averageWords: number(/(\d+) words on average/),
  };
}

function packageVersion(name: string): string {
  return JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
}
