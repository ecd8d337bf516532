import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitFrontmatter } from '../frontmatter.ts';
import { textBlocks, type TextBlock } from '../text-blocks.ts';
import type { VersionView } from './types.ts';

/**
 * A version's body as written in its file. Read from disk rather than taken from Astro's
 * entry, whose copy is trimmed: the text hash is defined on the exact body.
 */
export function readBody(entry: VersionView['entry']): string {
  return splitFrontmatter(readFileSync(resolve(entry.filePath!), 'utf8'))?.body ?? '';
}

const blocksCache = new WeakMap<VersionView, TextBlock[]>();

/** A version's text as plain blocks, parsed once per build however many comparisons use it. */
export function versionBlocks(version: VersionView): TextBlock[] {
  let blocks = blocksCache.get(version);
  if (!blocks) blocksCache.set(version, (blocks = textBlocks(readBody(version.entry))));
  return blocks;
}
