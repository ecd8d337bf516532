import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

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

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export function textBlocks(body: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  visit(parser.parse(body) as Root, blocks);
  return blocks;
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
    default:
      if ('children' in node) for (const child of node.children) visit(child as RootContent, blocks, number);
  }
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
