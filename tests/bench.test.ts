/**
 * The bench as a smoke test: a small synthetic registry generated, checked and built with the
 * real build, a bare Astro baseline beside it, and a report that holds every figure. No
 * timing is asserted: this machine's speed is not the registry's behaviour.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BenchReport } from '../scripts/bench/lib/report.ts';
import { childEnv, outputRoot, projectRoot } from './support/build.ts';

const out = join(outputRoot, 'bench');
let report: BenchReport;
let markdown: string;

beforeAll(async () => {
  const args = ['scripts/bench/run.ts', '--policies', '60', '--quick', '--out', out, '--name', 'smoke'];
  const child = spawn(process.execPath, args, { cwd: projectRoot, env: childEnv({}) });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`npm run bench failed (exit ${code}):\n${output}`);
  report = JSON.parse(readFileSync(join(out, 'smoke/report.json'), 'utf8'));
  markdown = readFileSync(join(out, 'smoke/report.md'), 'utf8');
}, 900_000);

describe('npm run bench', () => {
  it('generates the registry it was asked for', () => {
    expect(report.content.policies).toBe(60);
    expect(report.content.mdxDocuments).toBeGreaterThanOrEqual(60);
    expect(report.content.endorsements).toBeGreaterThan(0);
    expect(report.content.municipalities).toBeGreaterThan(0);
  });

  it('times the registry’s build, its phases and the content check, and measures its memory', () => {
    const { build } = report.registry;
    expect(build.ms).toBeGreaterThan(0);
    expect(report.check.ms).toBeGreaterThan(0);
    const phases = Object.fromEntries(build.phases.map((phase) => [phase.name, phase.ms]));
    for (const name of ['start and content check', 'content sync', 'bundling', 'rendering', 'search index'])
      expect(phases[name], name).toBeGreaterThan(0);
    expect(build.memory.peakTotalBytes).toBeGreaterThan(0);
    expect(build.memory.processes.some((p) => /astro/.test(p.command))).toBe(true);
    expect(build.pagesBuilt).toBeGreaterThan(report.content.policies);
  });

  it('weighs every page type, with the JavaScript each ships', () => {
    const { byType } = report.registry.pages;
    for (const type of [
      'home',
      'policies index',
      'policy',
      'version',
      'municipality',
      'region',
      'topic',
      'search',
    ] as const) {
      expect(byType[type]?.pages, type).toBeGreaterThan(0);
      expect(byType[type]!.weight.median, type).toBeGreaterThan(0);
      expect(byType[type]!.weight.p95).toBeGreaterThanOrEqual(byType[type]!.weight.median);
    }
    expect(byType.search!.jsGzip.median).toBeGreaterThan(0);
    expect(report.registry.build.renderByType.policy?.pages).toBe(byType.policy!.pages);
  });

  it('measures search: the index and a first query in Chromium', () => {
    const search = report.registry.search!;
    expect(search.index.files).toBeGreaterThan(0);
    expect(search.index.bytes).toBeGreaterThan(0);
    expect(search.firstQuery.transferredBytes).toBeGreaterThan(0);
    expect(search.firstQuery.pagefindServedBytes).toBeGreaterThan(0);
    expect(search.firstQuery.ms).toBeGreaterThan(0);
  });

  it('builds the baseline from the same documents and gives the ratios', () => {
    const baseline = report.baseline!;
    expect(baseline.documents).toBe(report.content.mdxDocuments);
    expect(baseline.pages.byType.document?.pages).toBe(report.content.mdxDocuments);
    expect(baseline.build.ms).toBeGreaterThan(0);
    expect(report.ratios.buildTimePerDocument).toBeGreaterThan(0);
    expect(report.ratios.buildTimePerPage).toBeGreaterThan(0);
    expect(report.ratios.peakMemory).toBeGreaterThan(0);
    expect(report.ratios.policyPageWeightMedian).toBeGreaterThan(0);
  });

  it('states every target, and whether it is met', () => {
    expect(report.targets).toHaveLength(10);
    for (const target of report.targets) {
      expect(target.value, target.label).toBeGreaterThan(0);
      expect(typeof target.met).toBe('boolean');
    }
  });

  it('rebuilds warm after one new decision and one edited text, restoring most pages', () => {
    for (const step of ['decision', 'text'] as const) {
      const warm = report.warm![step];
      expect(warm.ms, step).toBeGreaterThan(0);
      expect(warm.restored / report.registry.build.pagesBuilt, step).toBeGreaterThan(0.5);
    }
  });

  it('writes the same as Markdown tables', () => {
    expect(markdown).toMatch(/^# Bench: 60 policies/);
    for (const heading of ['## Targets', '## Build', '### Phases', '## Pages', '## Search'])
      expect(markdown).toContain(heading);
    expect(markdown).toMatch(/\| policy \| registry \| \d+ \|/);
  });
});
