/**
 * Builds the two registries most tests read, once per test run: the fixture registry
 * (small, every case deliberate) and the sample registry that `npm start` serves.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildRegistry, FIXTURE_TODAY, outputRoot } from './build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDist: string;
    sampleDist: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  rmSync(outputRoot, { recursive: true, force: true });
  for (const [key, content, name] of [
    ['fixtureDist', 'tests/fixtures/registry', 'fixture'],
    ['sampleDist', 'content', 'sample'],
  ] as const) {
    // The fixture's review cycles are judged on a fixed day; the sample's on the build's.
    const env: Record<string, string> = name === 'fixture' ? { COMMON_GROUND_TODAY: FIXTURE_TODAY } : {};
    const result = await buildRegistry({ content, name, env });
    if (result.code !== 0) throw new Error(`The ${name} registry did not build:\n${result.output}`);
    project.provide(key, result.outDir);
  }
}
