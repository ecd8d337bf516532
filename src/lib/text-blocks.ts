import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseText } from './text/parse.ts';

/**
 * A policy text as a reader sees it: headings, paragraphs, list items and table rows, each
 * one line of plain words. Comparisons between versions (and plain-text exports) work on
 * these, so that Markdown punctuation never shows up as a change.
 */
export interface TextBlock {
  kind: 'heading' | 'paragraph' | 'item' | 'row';
  /** The heading level, for headings. */
  depth?: number;
  text: string;
}

/** Read by the one parser of policy texts (src/lib/text/parse.ts), as the page is. */
export function textBlocks(body: string): TextBlock[] {
  const parsed = parseText(body);
  // The build has refused a text that cannot be read; an empty comparison is all it could give.
  return 'tree' in parsed ? blocksOfTree(parsed.tree) : [];
}

/** The blocks of a Markdown syntax tree, whichever parser made it. */
export function blocksOfTree(tree: Root): TextBlock[] {
  const blocks: TextBlock[] = [];
  visit(tree, blocks);
  return blocks;
}

const PHRASING = new Set<string>([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'break',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'footnoteReference',
  'html',
  'mdxJsxTextElement',
  'mdxTextExpression',
]);

/** A component on one line, words and all (`<Callout>Note.</Callout>`): its words are a paragraph. */
function asParagraph(node: RootContent): Paragraph | undefined {
  if (node.type !== 'mdxJsxFlowElement' || !node.children.length) return undefined;
  const children = node.children as unknown as PhrasingContent[];
  return children.every((child) => PHRASING.has(child.type)) ? { type: 'paragraph', children } : undefined;
}

function visit(node: Root | RootContent, blocks: TextBlock[], number?: string): void {
  switch (node.type) {
    case 'heading':
      blocks.push({ kind: 'heading', depth: node.depth, text: clean(toString(node)) });
      return;
    case 'paragraph':
      blocks.push({
        kind: number === undefined ? 'paragraph' : 'item',
        text: clean(`${number ?? ''}${toString(node)}`),
      });
      return;
    case 'list':
      node.children.forEach((item, i) => {
        const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : '• ';
        item.children.forEach((child, j) => visit(child, blocks, j === 0 ? marker : undefined));
      });
      return;
    case 'table':
      for (const row of node.children) {
        blocks.push({ kind: 'row', text: row.children.map((cell) => clean(toString(cell))).join(' | ') });
      }
      return;
    case 'code':
      blocks.push({ kind: 'paragraph', text: node.value });
      return;
    case 'mdxJsxFlowElement': {
      const paragraph = asParagraph(node);
      if (paragraph) return visit(paragraph, blocks, number);
      for (const child of node.children) visit(child as RootContent, blocks, number);
      return;
    }
    default:
      if ('children' in node) for (const child of node.children) visit(child as RootContent, blocks, number);
  }
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
