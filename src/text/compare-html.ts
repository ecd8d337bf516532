import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { ComparableTree } from './text-blocks.ts';

/** The words a comparison says around each change, in the page's language. */
export interface ChangeLabels {
  inserted: string;
  deleted: string;
  end: string;
}

/**
 * A comparison as HTML. Screen readers do not announce `<ins>` and `<del>` reliably, and
 * print loses colour: each change says what it is in words, hidden from sight
 * ("[inserted: … ; end]"). The comparison itself is shared by the pages of both languages
 * and left as it is.
 */
export function comparisonHtml(tree: ComparableTree, labels: ChangeLabels): string {
  return toHtml({ type: 'root', children: tree.children.map((node) => labelled(node, labels)) });
}

function labelled(node: ElementContent, labels: ChangeLabels): ElementContent {
  if (node.type !== 'element') return node;
  const children = node.children.map((child) => labelled(child, labels));
  if (node.tagName !== 'ins' && node.tagName !== 'del') return { ...node, children };
  const said = node.tagName === 'ins' ? labels.inserted : labels.deleted;
  return { ...node, children: [hidden(`[${said}: `), ...children, hidden(`; ${labels.end}]`)] };
}

function hidden(text: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['visually-hidden'] },
    children: [{ type: 'text', value: text }],
  };
}
