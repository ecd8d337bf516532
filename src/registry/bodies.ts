import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import type { VersionView } from './types.ts';

/**
 * A version's body as written in its file. Read from disk rather than taken from Astro's
 * entry, whose copy is trimmed: the text hash is defined on the exact body.
 */
export function readBody(entry: VersionView['entry']): string {
  return splitFrontmatter(readFileSync(resolve(entry.filePath!), 'utf8'))?.body ?? '';
}

/**
 * Keeps the last few values computed, by key. A policy's pages are rendered one after another
 * and share its versions; keeping every version's text for the whole build would hold every
 * text of the registry in memory at once.
 */
export function recent<A extends unknown[], V>(
  compute: (...args: A) => V,
  keyOf: (...args: A) => unknown,
  size = 16,
): (...args: A) => V {
  const kept = new Map<unknown, V>();
  return (...args) => {
    const key = keyOf(...args);
    let value = kept.get(key);
    if (value !== undefined) kept.delete(key);
    else {
      value = compute(...args);
      if (kept.size >= size) kept.delete(kept.keys().next().value);
    }
    kept.set(key, value);
    return value;
  };
}
