import { clauseLabel, clauseLink, headingLabel, unique, type AnchoredText } from './clause-label.ts';
import { slugify } from './slug.ts';

/**
 * Clause anchoring in one pass over the HTML, for the plain, well-formed HTML a policy text
 * renders to. It gives exactly what clause-anchors-dom.ts gives (node-html-parser's tree and
 * serialisation) about ten times faster, which matters at 30,000 rendered texts per build.
 * It reads tags with node-html-parser's own pattern and writes them back as it does; anything
 * it could read differently (comments, raw-text elements, entities in the words a label is
 * made of, unbalanced or implicitly closed tags, odd attributes) makes it answer `undefined`,
 * and the caller uses the tree instead.
 */
export function anchorSimpleHtml(
  html: string,
  linkTo: (id: string) => string,
  linkLabel: string,
): AnchoredText | undefined {
  if (html.includes('<!') || RAW_TEXT.test(html)) return undefined;
  try {
    return anchor(html, linkTo, linkLabel);
  } catch (error) {
    if (error === NOT_SIMPLE) return undefined;
    throw error;
  }
}

/** node-html-parser keeps the content of these as text: its tree would differ from ours. */
const RAW_TEXT = /<(script|style|pre|noscript)\b/i;
/** node-html-parser's markup pattern (kMarkupPattern), with ASCII tag names only. */
const TAG = /<(\/?)([a-zA-Z][-.:0-9_a-zA-Z]*)((?:\s+[^>]*?(?:(?:'[^']*')|(?:"[^"]*"))?)*)\s*(\/?)>/g;
/** node-html-parser's attribute pattern (HTMLElement.rawAttributes). */
const ATTRIBUTE = /([_a-zA-Z()[\]#@$.?:][a-zA-Z0-9-._:()[\]#]*)(?:\s*=\s*((?:'[^']*')|(?:"[^"]*")|\S+))?/g;
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Tags whose opening closes the open parent in node-html-parser (kElementsClosedByOpening). */
const CLOSED_BY_OPENING: Record<string, string[]> = {
  li: ['li'],
  p: ['p', 'div'],
  b: ['div'],
  td: ['td', 'th', 'tr', 'tbody', 'tfoot'],
  th: ['td', 'th', 'tr', 'tbody', 'tfoot'],
  tr: ['tr', 'tbody', 'tfoot'],
  thead: ['tbody', 'tfoot'],
  tbody: ['tbody', 'tfoot'],
  h1: ['h1'],
  h2: ['h2'],
  h3: ['h3'],
  h4: ['h4'],
  h5: ['h5'],
  h6: ['h6'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
};
const NOT_SIMPLE = Symbol('not simple HTML');

interface Element {
  tag: string;
  parent: Element | undefined;
  children: (Element | string)[];
  /** Attributes in order, values without their quotes (null when there is none). */
  attributes: [string, string | null][];
  /** The attributes as written, as node-html-parser keeps them. */
  rawAttributes: string;
  /** Its text content, once asked for. */
  text?: string;
}

type Token = string | { open: Element } | { close: Element };

function anchor(html: string, linkTo: (id: string) => string, linkLabel: string): AnchoredText {
  const root: Element = { tag: '', parent: undefined, children: [], attributes: [], rawAttributes: '' };
  const tokens: Token[] = [];
  let parent = root;
  let last = 0;
  for (const match of html.matchAll(TAG)) {
    const [markup, closing, tag, attributes = '', selfClosing] = match as unknown as string[];
    if (match.index > last) text(html.slice(last, match.index));
    last = match.index + markup!.length;
    if (tag !== tag!.toLowerCase()) throw NOT_SIMPLE;
    if (closing) {
      if (parent.tag !== tag || attributes.trim() || selfClosing) throw NOT_SIMPLE;
      tokens.push({ close: parent });
      parent = parent.parent!;
      continue;
    }
    if (selfClosing && !VOID.has(tag!)) throw NOT_SIMPLE;
    if (CLOSED_BY_OPENING[parent.tag]?.includes(tag!)) throw NOT_SIMPLE;
    const element: Element = {
      tag: tag!,
      parent,
      children: [],
      attributes: readAttributes(attributes),
      rawAttributes: attributes.slice(1),
    };
    parent.children.push(element);
    tokens.push({ open: element });
    if (!VOID.has(tag!)) parent = element;
  }
  if (last < html.length) text(html.slice(last));
  if (parent !== root) throw NOT_SIMPLE;

  function text(raw: string): void {
    if (raw.includes('<')) throw NOT_SIMPLE; // a "<" that is not a tag node-html-parser reads alike
    parent.children.push(raw);
    tokens.push(raw);
  }

  // The same steps as clause-anchors-dom.ts, on this tree.
  const elements = selected(root);
  const isClause = (element: Element) =>
    element.attributes.some(([name]) => name.toLowerCase() === 'data-clause');
  for (const element of elements) if (!isClause(element)) remove(element, 'id');
  const used = new Set<string>();
  (function collect(element: Element) {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      const id = child.attributes.find(([name]) => name === 'id');
      if (id) used.add(id[1] ?? '');
      collect(child);
    }
  })(root);

  const clauses: AnchoredText['clauses'] = [];
  const opened = new Map<Element, string>();
  const closed = new Map<Element, string>();
  for (const element of elements) {
    const label = labelOf(element);
    const id = isClause(element)
      ? (element.attributes.find(([name]) => name === 'id')?.[1] ?? '')
      : unique(slugify(label) || 'clause', used);
    used.add(id);
    set(element, 'id', id);
    clauses.push({ id, label });
    const href = linkTo(id);
    if (/["<>]/.test(href)) throw NOT_SIMPLE; // the tree would parse the link apart
    const link = clauseLink(href, linkLabel, label);
    if (/^h\d$/.test(element.tag)) closed.set(element, link);
    else opened.set(element, link);
  }

  let out = '';
  for (const token of tokens) {
    if (typeof token === 'string') out += token;
    else if ('open' in token) {
      const element = token.open;
      out += `<${element.tag}${element.rawAttributes ? ` ${element.rawAttributes}` : ''}>${opened.get(element) ?? ''}`;
    } else out += `${closed.get(token.close) ?? ''}</${token.close.tag}>`;
  }
  return { html: out, clauses };
}

function readAttributes(raw: string): [string, string | null][] {
  const attributes: [string, string | null][] = [];
  const seen = new Set<string>();
  for (const [, name, value] of raw.matchAll(ATTRIBUTE)) {
    // Repeated names, or an "ID" the tree would treat apart from "id": not worth the risk.
    if (seen.has(name!.toLowerCase()) || (name!.toLowerCase() === 'id' && name !== 'id')) throw NOT_SIMPLE;
    seen.add(name!.toLowerCase());
    if (value && /[<>]/.test(value)) throw NOT_SIMPLE;
    const unquoted = value && (value[0] === '"' || value[0] === "'") ? value.slice(1, -1) : (value ?? null);
    attributes.push([name!, unquoted]);
  }
  return attributes;
}

/** Written back as node-html-parser writes an element whose attributes changed. */
function rewrite(element: Element): void {
  element.rawAttributes = element.attributes
    .map(([name, value]) => {
      if (value === null || value === '') return name;
      return `${name}="${value.replace(/"/g, '&quot;')}"`;
    })
    .join(' ');
}

/** node-html-parser's removeAttribute: the attributes are written anew even if it had none. */
function remove(element: Element, name: string): void {
  element.attributes = element.attributes.filter(([key]) => key !== name);
  rewrite(element);
}

function set(element: Element, name: string, value: string): void {
  const existing = element.attributes.find(([key]) => key.toLowerCase() === name);
  if (existing) existing[1] = value;
  else element.attributes.push([name, value]);
  rewrite(element);
}

/** `h2, h3, h4, h5, h6, ol > li, [data-clause]`, in document order. */
function selected(root: Element): Element[] {
  const found: Element[] = [];
  (function walk(element: Element) {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      if (
        /^h[2-6]$/.test(child.tag) ||
        (child.tag === 'li' && element.tag === 'ol') ||
        child.attributes.some(([name]) => name.toLowerCase() === 'data-clause')
      )
        found.push(child);
      walk(child);
    }
  })(root);
  return found;
}

/** As node-html-parser's textContent, for text with no character reference to decode. */
function textOf(node: Element | string): string {
  if (typeof node === 'string') {
    if (node.includes('&')) throw NOT_SIMPLE;
    return node;
  }
  if (node.tag === 'br') return '\n';
  if (node.text === undefined) {
    // Kept: a nested list's text is asked for again by every clause around it.
    node.text = '';
    for (const child of node.children) node.text += textOf(child);
  }
  return node.text;
}

function firstParagraph(element: Element): Element | undefined {
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (child.tag === 'p') return child;
    const inside = firstParagraph(child);
    if (inside) return inside;
  }
  return undefined;
}

function labelOf(element: Element): string {
  if (/^h\d$/.test(element.tag)) return headingLabel(textOf(element));
  const first = element.children.find((node) => textOf(node).trim() !== '');
  const leadIn = typeof first === 'object' && first.tag === 'strong' ? textOf(first) : undefined;
  const paragraph = firstParagraph(element)?.children[0];
  const strongInParagraph =
    typeof paragraph === 'object' && paragraph.tag === 'strong' ? textOf(paragraph) : undefined;
  return clauseLabel(leadIn, strongInParagraph, textOf(element));
}
