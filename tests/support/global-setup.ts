/**
 * Builds the two registries most tests read, once per test run: the fixture registry
 * (small, every case deliberate) and the sample registry that `npm start` serves.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildRegistry, outputRoot } from './build.ts';

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
    const result = await buildRegistry({ content, name });
    if (result.code !== 0) throw new Error(`The ${name} registry did not build:\n${result.output}`);
    project.provide(key, result.outDir);
  }
}
