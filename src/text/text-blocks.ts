import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { parseText, type TextTree } from './parse.ts';
import { textToHast, type HastOptions } from './to-hast.ts';

/**
 * A policy text as a comparison reads it: the HTML tree the renderer makes of it (the one
 * parse, src/text/to-hast.ts), so that a comparison shows tables, lists, bold clause
 * titles and the registry's elements as the version page does. Taken out are the parts
 * that belong to a page rather than to the words: ids and what points at them (a comparison
 * can show two versions of a clause on one page, and an id is used once), footnotes' back
 * links, and the white space between blocks. A text's own struck-through words (`~~…~~`,
 * HTML's `<del>`) become `<s>`: on a comparison, `<del>` only ever means "deleted".
 */
export interface ComparableTree extends Root {
  children: ElementContent[];
}

export function comparableText(body: string, options: HastOptions): ComparableTree {
  const parsed = parseText(body);
  // The build has refused a text that cannot be read; an empty text is all it could give.
  return 'tree' in parsed ? comparableTree(parsed.tree, options) : { type: 'root', children: [] };
}

export function comparableTree(tree: TextTree, options: HastOptions): ComparableTree {
  return { type: 'root', children: clean(textToHast(tree, options).children as ElementContent[]) };
}

/** Elements that stand on their own lines; everything else is words and their marks. */
const BLOCK = new Set([
  'address',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements that only ever hold blocks, even when empty. */
const STRUCTURAL = new Set(['dl', 'ol', 'section', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul']);

const isBlock = (node: ElementContent): node is Element => node.type === 'element' && BLOCK.has(node.tagName);

/** A block that holds blocks (a list, a table, a clause), as opposed to one that holds words. */
export function isContainer(element: Element): boolean {
  return STRUCTURAL.has(element.tagName) || element.children.some(isBlock);
}

/**
 * One unit of a comparison: a block element, or the words that stand between blocks
 * without one of their own (an item of a tight list that also holds a list).
 */
export type Block = { element: Element } | { inline: ElementContent[] };

export function blocksOf(children: ElementContent[]): Block[] {
  const blocks: Block[] = [];
  let inline: ElementContent[] = [];
  const flush = () => {
    if (inline.some((node) => toString(node).trim() !== '' || node.type === 'element'))
      blocks.push({ inline });
    inline = [];
  };
  for (const child of children) {
    if (isBlock(child)) {
      flush();
      blocks.push({ element: child });
    } else if (child.type !== 'comment') inline.push(child);
  }
  flush();
  return blocks;
}

/** What a block is, for pairing an old block with its new version: its element, or words. */
export function kindOf(block: Block): string {
  return 'element' in block ? block.element.tagName : '#words';
}

/** Two blocks are the same when their HTML is: same words, same marks, same structure. */
export function keyOf(block: Block): string {
  return 'element' in block ? toHtml(block.element) : toHtml({ type: 'root', children: block.inline });
}

/** A block's words, with a space wherever blocks meet (the white space between them is gone). */
export function textOf(block: Block): string {
  return 'element' in block ? wordsOf(block.element) : block.inline.map((node) => toString(node)).join('');
}

function wordsOf(element: Element): string {
  if (!isContainer(element)) return toString(element);
  return blocksOf(element.children)
    .map((block) => textOf(block))
    .join(' ');
}

/** Attributes that tie an element to its place on one page. */
const PAGE_ONLY = ['id', 'ariaDescribedBy', 'dataClause'];

function clean(children: ElementContent[]): ElementContent[] {
  const blocks = children.some(isBlock);
  const kept: ElementContent[] = [];
  for (const child of children) {
    if (child.type === 'comment') continue;
    // White space between blocks is the serialiser's, not the text's.
    if (child.type === 'text') {
      if (!blocks || child.value.trim() !== '') kept.push(child);
      continue;
    }
    if (child.type !== 'element' || child.properties.dataFootnoteBackref !== undefined) continue;
    const properties = { ...child.properties };
    for (const name of PAGE_ONLY) delete properties[name];
    const inner = clean(child.children);
    // A link to a place on the page (a footnote's number) would point at an id no longer there.
    if (child.tagName === 'a' && String(properties.href ?? '').startsWith('#')) {
      kept.push(...inner);
      continue;
    }
    kept.push({
      ...child,
      tagName: child.tagName === 'del' ? 's' : child.tagName,
      properties,
      children: inner,
    });
  }
  return kept;
}
