import { diffArrays } from 'diff';
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';

/**
 * The words of one block compared with the words of its new version, keeping their marks:
 * a bold clause title stays bold, a link stays a link, and what changed is wrapped in
 * `<ins>` or `<del>`. A word is the same only with the same marks, so that making a word
 * bold shows as a change.
 */
export interface WordCount {
  wordsInserted: number;
  wordsDeleted: number;
}

export type Change = 'same' | 'inserted' | 'deleted';

/**
 * The most edits a comparison looks for. Finding the fewest edits costs time in proportion
 * to their number times the text's length; past this many, two texts (or two blocks) are
 * shown as the one taken out and the other put in, which is what they are to a reader.
 */
export const MAX_EDITS = 2000;

interface Token {
  text?: string;
  /** An element without words of its own (a picture, a line break), kept or changed whole. */
  atom?: Element;
  /** The marks around it, outermost first, as empty elements to copy. */
  marks: Element[];
  /** One signature per mark: its element and attributes. */
  signatures: string[];
  key: string;
}

/** The words of `before` and `after` compared, or undefined when they are too far apart to compare. */
export function compareWords(
  before: ElementContent[],
  after: ElementContent[],
  totals: WordCount,
  preformatted = false,
): ElementContent[] | undefined {
  const old = tokensOf(before, preformatted);
  const now = tokensOf(after, preformatted);
  const parts = diffArrays(
    old.map((token) => token.key),
    now.map((token) => token.key),
    { maxEditLength: MAX_EDITS },
  );
  if (!parts) return undefined;
  const runs: Run[] = [];
  let [i, j] = [0, 0];
  for (const part of parts) {
    if (part.removed) runs.push({ change: 'deleted', tokens: old.slice(i, (i += part.count)) });
    else if (part.added) runs.push({ change: 'inserted', tokens: now.slice(j, (j += part.count)) });
    else {
      runs.push({ change: 'same', tokens: now.slice(j, (j += part.count)) });
      i += part.count;
    }
  }
  return build(grouped(runs, preformatted), totals, preformatted);
}

type Run = { change: Change; tokens: Token[] };

const blank = (token: Token) => token.text !== undefined && token.text.trim() === '';

/**
 * Changes that only a space keeps apart read as one: "Where <del>no period is set</del>
 * <ins>the by-law sets no period</ins>", not a word taken out and a word put in by turns.
 */
function grouped(runs: Run[], preformatted: boolean): Run[] {
  const result: Run[] = [];
  for (let k = 0; k < runs.length;) {
    if (runs[k]!.change === 'same') {
      result.push(runs[k++]!);
      continue;
    }
    const deleted: Token[] = [];
    const inserted: Token[] = [];
    for (; k < runs.length; k++) {
      const run = runs[k]!;
      if (run.change === 'deleted') deleted.push(...run.tokens);
      else if (run.change === 'inserted') inserted.push(...run.tokens);
      else if (run.tokens.every(blank) && runs[k + 1] && runs[k + 1]!.change !== 'same') {
        deleted.push(...run.tokens);
        inserted.push(...run.tokens);
      } else break;
    }
    // White space at either end of a change is the text's own, kept outside the marks: no
    // mark begins or ends with a space. In preformatted text, where every space counts, only
    // white space that both sides share is moved.
    const sides = [deleted, inserted].filter((side) => side.length);
    const movable = !preformatted || sides.length === 2;
    const [lead, trail]: [Token[], Token[]] = [[], []];
    while (movable && sides.every((side) => side.length && blank(side[0]!)))
      lead.push(sides.map((side) => side.shift()!).at(-1)!);
    while (movable && sides.every((side) => side.length && blank(side.at(-1)!)))
      trail.unshift(sides.map((side) => side.pop()!).at(-1)!);
    if (lead.length) result.push({ change: 'same', tokens: lead });
    if (deleted.length) result.push({ change: 'deleted', tokens: deleted });
    if (inserted.length) result.push({ change: 'inserted', tokens: inserted });
    if (trail.length) result.push({ change: 'same', tokens: trail });
  }
  return result;
}

/** A whole run of content inserted or deleted: wrapped in one mark, its words counted. */
export function markWhole(
  nodes: ElementContent[],
  change: 'inserted' | 'deleted',
  totals: WordCount,
): Element {
  count(nodes.map((node) => toString(node)).join(' '), change, totals);
  return { type: 'element', tagName: wrapperOf(change), properties: {}, children: structuredClone(nodes) };
}

function build(runs: Run[], totals: WordCount, preformatted: boolean): ElementContent[] {
  const root: ElementContent[] = [];
  const open: { signature: string; element: Element }[] = [];
  for (const run of runs) {
    let change = run.change;
    // A change of white space alone is nothing a reader can see or hear: shown as it is now.
    if (!preformatted && change !== 'same' && run.tokens.every((token) => token.text?.trim() === '')) {
      if (change === 'deleted') continue;
      change = 'same';
    }
    count(run.tokens.map((token) => token.text ?? '').join(''), change, totals);
    for (const token of run.tokens) {
      const signatures = change === 'same' ? token.signatures : [change, ...token.signatures];
      const marks = change === 'same' ? token.marks : [emptyElement(wrapperOf(change)), ...token.marks];
      let depth = 0;
      while (depth < open.length && depth < signatures.length && open[depth]!.signature === signatures[depth])
        depth++;
      open.length = depth;
      for (let k = depth; k < signatures.length; k++) {
        const element: Element = { ...marks[k]!, properties: { ...marks[k]!.properties }, children: [] };
        (k === 0 ? root : open[k - 1]!.element.children).push(element);
        open.push({ signature: signatures[k]!, element });
      }
      const into = open.length ? open.at(-1)!.element.children : root;
      if (token.atom) into.push(structuredClone(token.atom));
      else {
        const last = into.at(-1);
        if (last?.type === 'text') last.value += token.text;
        else into.push({ type: 'text', value: token.text! });
      }
    }
  }
  return root;
}

function tokensOf(
  nodes: ElementContent[],
  preformatted: boolean,
  marks: Element[] = [],
  signatures: string[] = [],
  tokens: Token[] = [],
): Token[] {
  const context = signatures.join('\u0001');
  for (const node of nodes) {
    if (node.type === 'text') {
      for (const text of node.value.match(/\S+|\s+/g) ?? []) {
        // Outside preformatted text, a line break and a space are the same white space.
        const word = !preformatted && text.trim() === '' ? ' ' : text;
        tokens.push({ text, marks, signatures, key: `${context}\u0000${word}` });
      }
    } else if (node.type === 'element') {
      if (!node.children.length) {
        tokens.push({ atom: node, marks, signatures, key: `${context}\u0000${toHtml(node)}` });
        continue;
      }
      const signature = `${node.tagName} ${JSON.stringify(node.properties)}`;
      tokensOf(
        node.children,
        preformatted,
        [...marks, emptyElement(node.tagName, node.properties)],
        [...signatures, signature],
        tokens,
      );
    }
  }
  return tokens;
}

function emptyElement(tagName: string, properties: Element['properties'] = {}): Element {
  return { type: 'element', tagName, properties, children: [] };
}

function wrapperOf(change: 'inserted' | 'deleted'): 'ins' | 'del' {
  return change === 'inserted' ? 'ins' : 'del';
}

function count(text: string, change: Change, totals: WordCount): void {
  const words = text.match(/\S+/g)?.length ?? 0;
  if (change === 'inserted') totals.wordsInserted += words;
  if (change === 'deleted') totals.wordsDeleted += words;
}
