/**
 * Builds the two registries most tests read, once per test run: the fixture registry
 * (small, every case deliberate) and the sample registry that `npm start` serves; and the
 * fixture again with three policies to a list page, as a national registry's list is paged.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildRegistry, FIXTURE_TODAY, outputRoot, PAGED_PER_PAGE } from './build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDist: string;
    sampleDist: string;
    pagedDist: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  rmSync(outputRoot, { recursive: true, force: true });
  for (const [key, content, name] of [
    ['fixtureDist', 'tests/fixtures/registry', 'fixture'],
    ['sampleDist', 'content', 'sample'],
    ['pagedDist', 'tests/fixtures/registry', 'paged'],
  ] as const) {
    // The fixture's review cycles are judged on a fixed day; the sample's on the build's.
    const env: Record<string, string> = name === 'sample' ? {} : { COMMON_GROUND_TODAY: FIXTURE_TODAY };
    if (name === 'paged') env.COMMON_GROUND_POLICIES_PER_PAGE = String(PAGED_PER_PAGE);
    const result = await buildRegistry({ content, name, env });
    if (result.code !== 0) throw new Error(`The ${name} registry did not build:\n${result.output}`);
    project.provide(key, result.outDir);
  }
}
