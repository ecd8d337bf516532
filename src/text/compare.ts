import { diffArrays } from 'diff';
import type { Element, ElementContent } from 'hast';
import { compareWords, markWhole, MAX_EDITS, type WordCount } from './compare-words.ts';
import {
  blocksOf,
  isContainer,
  keyOf,
  kindOf,
  textOf,
  type Block,
  type ComparableTree,
} from './text-blocks.ts';

/**
 * Two versions of a text compared block by block (headings, paragraphs, list items, table
 * rows, clauses), then word by word inside a block that changed. The result is the new
 * text's own HTML tree, with the old blocks and words put back where they were: tables stay
 * tables and lists stay lists, and what changed is wrapped in `<ins>` or `<del>`.
 *
 * Blocks are compared first, whole; only the blocks that changed are compared inside. That
 * keeps a 3,000-word text with a few edits to a few milliseconds, which matters when a
 * registry has tens of thousands of versions.
 */
export interface Comparison extends WordCount {
  tree: ComparableTree;
}

export function compareTexts(before: ComparableTree, after: ComparableTree): Comparison {
  const totals: WordCount = { wordsInserted: 0, wordsDeleted: 0 };
  const placed = compareBlocks(blocksOf(before.children), blocksOf(after.children), totals);
  return { tree: { type: 'root', children: joined(placed) }, ...totals };
}

/** A block of the result, with where it stands in the old and the new text. */
interface Placed {
  nodes: ElementContent[];
  change: 'same' | 'changed' | 'inserted' | 'deleted';
  from?: number;
  to?: number;
}

/**
 * Two blocks are versions of one another when they are the same kind and share at least
 * this share of their words; below it, one was taken out and another put in.
 */
const ALIKE = 0.4;

function compareBlocks(before: Block[], after: Block[], totals: WordCount): Placed[] {
  const parts = diffArrays(before.map(keyOf), after.map(keyOf), { maxEditLength: MAX_EDITS }) ?? [
    { count: before.length, removed: true, added: false, value: [] },
    { count: after.length, removed: false, added: true, value: [] },
  ];
  const placed: Placed[] = [];
  let [i, j] = [0, 0];
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (!part.added && !part.removed) {
      for (let k = 0; k < part.count; k++, i++, j++)
        placed.push({ nodes: nodesOf(after[j]!), change: 'same', from: i, to: j });
      continue;
    }
    // A run of removals and additions: the blocks that changed, to pair up with their new versions.
    const [i0, j0] = [i, j];
    for (; p < parts.length && (parts[p]!.added || parts[p]!.removed); p++) {
      if (parts[p]!.removed) i += parts[p]!.count;
      else j += parts[p]!.count;
    }
    p--;
    placed.push(...compareRun(before, after, [i0, i], [j0, j], totals));
  }
  return placed;
}

function compareRun(
  before: Block[],
  after: Block[],
  [i0, i1]: [number, number],
  [j0, j1]: [number, number],
  totals: WordCount,
): Placed[] {
  const words = new Map<Block, Map<string, number>>();
  const wordsOf = (block: Block) => {
    let counted = words.get(block);
    if (!counted) words.set(block, (counted = wordCounts(textOf(block))));
    return counted;
  };
  const alike = (x: number, y: number) =>
    kindOf(before[x]!) === kindOf(after[y]!) && likeness(wordsOf(before[x]!), wordsOf(after[y]!)) >= ALIKE;
  const olds = range(i0, i1);
  const news = range(j0, j1);
  const pairs = diffArrays(olds, news, { comparator: alike, maxEditLength: MAX_EDITS }) ?? [
    { count: olds.length, removed: true, added: false, value: [] },
    { count: news.length, removed: false, added: true, value: [] },
  ];
  const placed: Placed[] = [];
  let [i, j] = [i0, j0];
  for (const part of pairs) {
    for (let k = 0; k < part.count; k++) {
      if (part.removed) placed.push(whole(before[i]!, 'deleted', totals, i++));
      else if (part.added) placed.push(whole(after[j]!, 'inserted', totals, undefined, j++));
      else {
        const nodes = compareBlock(before[i]!, after[j]!, totals);
        if (nodes) placed.push({ nodes, change: 'changed', from: i, to: j });
        else
          placed.push(
            whole(before[i]!, 'deleted', totals, i),
            whole(after[j]!, 'inserted', totals, undefined, j),
          );
        i++;
        j++;
      }
    }
  }
  return placed;
}

/** A block and its new version, compared inside; undefined when they cannot be. */
function compareBlock(before: Block, after: Block, totals: WordCount): ElementContent[] | undefined {
  if (!('element' in before) || !('element' in after)) {
    return 'inline' in before && 'inline' in after
      ? compareWords(before.inline, after.inline, totals)
      : undefined;
  }
  const [old, now] = [before.element, after.element];
  if (old.tagName !== now.tagName || isContainer(old) !== isContainer(now)) return undefined;
  if (!isContainer(now)) {
    const words = compareWords(old.children, now.children, totals, now.tagName === 'pre');
    return words && [shell(now, words)];
  }
  const [oldBlocks, newBlocks] = [blocksOf(old.children), blocksOf(now.children)];
  // A table row keeps its columns: each cell against the cell in its place.
  if (now.tagName === 'tr' && oldBlocks.length === newBlocks.length) {
    const cells: Placed[] = newBlocks.map((cell, k) => ({
      nodes: compareBlock(oldBlocks[k]!, cell, totals) ?? replacedCell(oldBlocks[k]!, cell, totals),
      change: 'changed',
    }));
    return [shell(now, joined(cells))];
  }
  const placed = compareBlocks(oldBlocks, newBlocks, totals);
  if (now.tagName === 'ol') number(placed, old, now);
  return [shell(now, joined(placed))];
}

/** A cell whose words cannot be compared with the old ones: the old taken out, the new put in. */
function replacedCell(before: Block, after: Block, totals: WordCount): ElementContent[] {
  const words = (block: Block) => ('element' in block ? block.element.children : block.inline);
  const marks = [markWhole(words(before), 'deleted', totals), markWhole(words(after), 'inserted', totals)];
  return 'element' in after ? [shell(after.element, marks)] : marks;
}

/** A block taken out or put in whole: its structure kept, its words marked. */
function whole(
  block: Block,
  change: 'inserted' | 'deleted',
  totals: WordCount,
  from?: number,
  to?: number,
): Placed {
  return { nodes: wholeNodes(block, change, totals), change, from, to };
}

function wholeNodes(block: Block, change: 'inserted' | 'deleted', totals: WordCount): ElementContent[] {
  if ('inline' in block) return [markWhole(block.inline, change, totals)];
  const { element } = block;
  if (isContainer(element)) {
    const children = blocksOf(element.children).map((child) => ({
      nodes: wholeNodes(child, change, totals),
      change,
    }));
    return [shell(element, joined(children))];
  }
  return [shell(element, element.children.length ? [markWhole(element.children, change, totals)] : [])];
}

/**
 * The numbers of a numbered list, written out once an item was taken out: a deleted item
 * keeps the number it had, and every other item shows the number it has now.
 */
function number(placed: Placed[], old: Element, now: Element): void {
  if (!placed.some((item) => item.change === 'deleted')) return;
  const start = (list: Element) => Number(list.properties.start ?? 1);
  for (const item of placed) {
    const li = item.nodes[0];
    if (li?.type !== 'element' || li.tagName !== 'li') continue;
    // A copy: an item kept as it was is the new text's own node, shared with its other comparisons.
    const value = item.change === 'deleted' ? start(old) + item.from! : start(now) + item.to!;
    item.nodes[0] = { ...li, properties: { ...li.properties, value: String(value) } };
  }
}

function nodesOf(block: Block): ElementContent[] {
  return 'element' in block ? [block.element] : block.inline;
}

function shell(element: Element, children: ElementContent[]): Element {
  return { type: 'element', tagName: element.tagName, properties: { ...element.properties }, children };
}

/** Blocks one to a line, as the renderer writes them. */
function joined(placed: Placed[]): ElementContent[] {
  return placed.flatMap((block, k) =>
    k ? [{ type: 'text' as const, value: '\n' }, ...block.nodes] : block.nodes,
  );
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

/** Each word, in lower case without its punctuation, and how often it occurs. */
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** The share of words two blocks have in common (Dice's coefficient); two empty blocks are alike. */
function likeness(a: Map<string, number>, b: Map<string, number>): number {
  let [common, total] = [0, 0];
  for (const [word, n] of a) {
    common += Math.min(n, b.get(word) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
  return total === 0 ? 1 : (2 * common) / total;
}
