import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareTexts, type Comparison } from '../compare.ts';
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

/**
 * The last few versions' blocks. A policy's comparisons are rendered one after another and
 * share its versions; keeping every version's blocks for the whole build would hold every
 * text of the registry in memory at once.
 */
const recentBlocks = new Map<VersionView, TextBlock[]>();
const RECENT = 16;

/** A version's text as plain blocks, parsed once however many comparisons in a row use it. */
export function versionBlocks(version: VersionView): TextBlock[] {
  let blocks = recentBlocks.get(version);
  if (blocks) {
    recentBlocks.delete(version);
  } else {
    blocks = textBlocks(readBody(version.entry));
    if (recentBlocks.size >= RECENT) recentBlocks.delete(recentBlocks.keys().next().value!);
  }
  recentBlocks.set(version, blocks);
  return blocks;
}

/**
 * The word-level changes between two versions. The English and French pages of a comparison
 * are built one after the other (their routes list the languages innermost) and show the same
 * comparison: it is computed once for both.
 */
const recentChanges = new Map<string, Comparison>();

export function versionChanges(from: VersionView, to: VersionView): Comparison {
  const key = `${from.textHash} ${to.textHash}`;
  let comparison = recentChanges.get(key);
  if (!comparison) {
    comparison = compareTexts(versionBlocks(from), versionBlocks(to));
    if (recentChanges.size >= RECENT) recentChanges.delete(recentChanges.keys().next().value!);
    recentChanges.set(key, comparison);
  }
  return comparison;
}
