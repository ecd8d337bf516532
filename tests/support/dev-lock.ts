/**
 * Astro runs one dev server per project at a time (they share .astro/): test files that start
 * one take this lock first, and wait for each other.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { outputRoot } from './build.ts';

const lock = join(outputRoot, 'dev-server.lock');

export async function lockDevServer(timeout = 600_000): Promise<() => void> {
  mkdirSync(outputRoot, { recursive: true });
  for (const started = Date.now(); Date.now() - started < timeout; await sleep(500)) {
    try {
      mkdirSync(lock);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch {
      // another test file's dev server is running
    }
  }
  throw new Error(`${lock} was held for ${timeout / 1000} s: remove it if no test is running`);
}
