import { diffArrays } from 'diff';
import type { TextBlock } from './text-blocks.ts';

/**
 * A word-level comparison of two versions' texts, block by block. Each line of the result
 * is one block (heading, paragraph, clause, table row) made of kept, inserted and deleted
 * runs of words.
 *
 * Blocks are compared first, whole; only the blocks that changed are compared word by
 * word. That keeps a 3,000-word text with a few edits to a few milliseconds, which matters
 * when a registry has tens of thousands of versions.
 */
export interface Run {
  change: 'same' | 'inserted' | 'deleted';
  text: string;
}

export interface ComparedLine {
  kind: TextBlock['kind'];
  runs: Run[];
}

export interface Comparison {
  lines: ComparedLine[];
  wordsInserted: number;
  wordsDeleted: number;
}

/**
 * The most edits a comparison looks for. Finding the fewest edits costs time in proportion
 * to their number times the text's length; past this many, two texts (or two blocks) are
 * shown as the one taken out and the other put in, which is what they are to a reader.
 */
const MAX_EDITS = 2000;

export function compareTexts(before: TextBlock[], after: TextBlock[]): Comparison {
  const comparison: Comparison = { lines: [], wordsInserted: 0, wordsDeleted: 0 };
  const parts = diffArrays(before, after, {
    comparator: (a, b) => a.text === b.text,
    maxEditLength: MAX_EDITS,
  }) ?? [
    { value: before, removed: true, added: false, count: before.length },
    { value: after, added: true, removed: false, count: after.length },
  ];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.added && !part.removed) {
      for (const block of part.value)
        comparison.lines.push({ kind: block.kind, runs: [{ change: 'same', text: block.text }] });
      continue;
    }
    // A removal followed by an addition is an edit: pair the blocks up and compare their words.
    const removed = part.removed ? part.value : [];
    const next = parts[i + 1];
    const added = part.added ? part.value : next?.added ? (i++, next.value) : [];
    const paired = Math.min(removed.length, added.length);
    for (let j = 0; j < paired; j++) comparison.lines.push(compareBlock(removed[j]!, added[j]!, comparison));
    for (const block of removed.slice(paired)) comparison.lines.push(whole(block, 'deleted', comparison));
    for (const block of added.slice(paired)) comparison.lines.push(whole(block, 'inserted', comparison));
  }
  return comparison;
}

function compareBlock(before: TextBlock, after: TextBlock, totals: Comparison): ComparedLine {
  const line: ComparedLine = { kind: after.kind, runs: [] };
  const [words, wordsAfter] = [tokens(before.text), tokens(after.text)];
  const parts = diffArrays(words, wordsAfter, { maxEditLength: MAX_EDITS }) ?? [
    { value: words, removed: true, added: false, count: words.length },
    { value: wordsAfter, added: true, removed: false, count: wordsAfter.length },
  ];
  for (const part of parts) {
    const change = part.added ? 'inserted' : part.removed ? 'deleted' : 'same';
    count(part.value, change, totals);
    line.runs.push({ change, text: part.value.join('') });
  }
  return line;
}

function whole(block: TextBlock, change: 'inserted' | 'deleted', totals: Comparison): ComparedLine {
  count(tokens(block.text), change, totals);
  return { kind: block.kind, runs: [{ change, text: block.text }] };
}

function tokens(text: string): string[] {
  return text.match(/\S+|\s+/g) ?? [];
}

function count(words: string[], change: Run['change'], totals: Comparison): void {
  const n = words.filter((word) => /\S/.test(word)).length;
  if (change === 'inserted') totals.wordsInserted += n;
  if (change === 'deleted') totals.wordsDeleted += n;
}
