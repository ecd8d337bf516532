import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { clauseLabel, headingLabel, type Clause } from './clause-label.ts';
import { slugify } from '../lib/slug.ts';

/**
 * Gives every heading and numbered clause of a text an id that does not depend on its
 * position: it comes from the clause's own words (its bold lead-in, or its first words; a
 * heading's number is dropped), so inserting, removing or renumbering other clauses never
 * moves it. An id written in the source (`<Clause id="…">`) wins. Each gets a `#` link to
 * itself, for councillors who cite a clause.
 *
 * The rules are those the registry has always published ids by (src/text/clause-label.ts);
 * they run on the text's tree, before it becomes HTML.
 */
export function anchorClauses(tree: Root, linkTo: (id: string) => string, linkLabel: string): Clause[] {
  const targets: Element[] = [];
  const ids = new Set<string>();
  collect(tree, undefined, targets, ids);
  // Ids the renderer made are dropped; ids written in the source are reserved first, so that
  // a generated id never takes one.
  for (const element of targets) {
    if (element.properties.dataClause === undefined && typeof element.properties.id === 'string') {
      ids.delete(element.properties.id);
      delete element.properties.id;
    }
  }
  const clauses: Clause[] = [];
  const unique = uniqueIds(ids);
  for (const element of targets) {
    const label = labelOf(element);
    const written = element.properties.dataClause !== undefined;
    const id = written ? String(element.properties.id) : unique(slugify(label) || 'clause');
    ids.add(id);
    element.properties.id = id;
    clauses.push(isHeading(element) ? { id, label, level: Number(element.tagName[1]) } : { id, label });
    const link = clauseLink(linkTo(id), `${linkLabel}: ${label}`);
    if (isHeading(element)) element.children.push(link);
    else element.children.unshift(link);
  }
  return clauses;
}

/**
 * Ids the pages around a text use for themselves (`main`, `endorsements-heading`, an
 * endorsement's permanent anchor `endorsement-ajax-co-signed-1-1`): a clause never takes
 * one, or links to the page's own anchors would land in the text.
 */
function isReserved(id: string): boolean {
  return (
    /-heading$|^endorsement-[a-z0-9-]+-(?:co-signed|adopted|adapted|rescinded)-\d+-\d+$/.test(id) ||
    PAGE_IDS.has(id)
  );
}
const PAGE_IDS = new Set(['main', 'package-for', 'search-query', 'site-search', 'not-found-fr']);

/**
 * `retention`, then `retention-2`, `retention-3`…: a counter per id, so that a text of
 * thousands of clauses with the same words costs one step each, not one per earlier clause.
 */
function uniqueIds(used: Set<string>): (id: string) => string {
  const next = new Map<string, number>();
  return (id) => {
    if (!used.has(id) && !isReserved(id)) return id;
    let n = next.get(id) ?? 2;
    while (used.has(`${id}-${n}`) || isReserved(`${id}-${n}`)) n++;
    next.set(id, n + 1);
    return `${id}-${n}`;
  };
}

const isHeading = (element: Element) => /^h[2-6]$/.test(element.tagName);

/** Headings h2–h6, items of numbered lists, and `<Clause>`s, in document order; and every id. */
function collect(
  node: Root | Element,
  parent: Element | undefined,
  targets: Element[],
  ids: Set<string>,
): void {
  // Footnotes are not clauses: their list and heading keep the ids their links point to.
  if (node.type === 'element' && node.properties.dataFootnotes !== undefined) return;
  if (node.type === 'element') {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    if (
      isHeading(node) ||
      (node.tagName === 'li' && parent?.tagName === 'ol') ||
      node.properties.dataClause !== undefined
    )
      targets.push(node);
  }
  for (const child of node.children)
    if (child.type === 'element') collect(child, node.type === 'element' ? node : undefined, targets, ids);
}

function labelOf(element: Element): string {
  const text = toString(element);
  if (isHeading(element)) return headingLabel(text);
  const first = element.children.find((child) => toString(child as Element).trim() !== '');
  const leadIn = isStrong(first) ? toString(first) : undefined;
  const paragraph = firstParagraph(element)?.children[0];
  const strongInParagraph = isStrong(paragraph) ? toString(paragraph) : undefined;
  return clauseLabel(leadIn, strongInParagraph, text);
}

function isStrong(node: ElementContent | undefined): node is Element {
  return node?.type === 'element' && node.tagName === 'strong';
}

function firstParagraph(element: Element): Element | undefined {
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'p') return child;
    const found = firstParagraph(child);
    if (found) return found;
  }
  return undefined;
}

/** The `#` link a clause carries, with its label for screen readers; search leaves it out. */
function clauseLink(href: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['clause-link'], href, dataPagefindIgnore: true },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['visually-hidden'] },
        children: [{ type: 'text', value: label }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { ariaHidden: 'true' },
        children: [{ type: 'text', value: '#' }],
      },
    ],
  };
}
