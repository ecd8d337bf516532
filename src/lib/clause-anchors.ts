import { parse, type HTMLElement } from 'node-html-parser';
import { slugify } from './slug.ts';

/**
 * Gives every heading and numbered clause of a rendered policy text an id that does not
 * depend on its position: it comes from the clause's own words (its bold lead-in, or its
 * first words; a heading's number is dropped), so inserting, removing or renumbering other
 * clauses never moves it. An id written in the source (`<Clause id="…">`) wins.
 */
export interface Clause {
  id: string;
  /** The words the id was made from, for link labels. */
  label: string;
}

export interface AnchoredText {
  html: string;
  clauses: Clause[];
}

const LEADING_NUMBER = /^\s*(?:(?:\d+|[a-z]|[ivxlc]+)(?:\.\d+)*[.)]?)\s+/i;

export function anchorClauses(html: string, linkTo: (id: string) => string, linkLabel: string): AnchoredText {
  const root = parse(html);
  const elements = root.querySelectorAll('h2, h3, h4, h5, h6, ol > li, [data-clause]');
  // Ids the renderer made from positions or numbers are dropped; ids written in the source
  // (a <Clause id="…">, rendered with data-clause) are reserved first, so that a generated id
  // never takes one.
  for (const element of elements) if (!element.hasAttribute('data-clause')) element.removeAttribute('id');
  const used = new Set(root.querySelectorAll('[id]').map((element) => element.id));
  const clauses: Clause[] = [];

  for (const element of elements) {
    const label = labelOf(element);
    const id = element.hasAttribute('data-clause') ? element.id : unique(slugify(label) || 'clause', used);
    used.add(id);
    element.setAttribute('id', id);
    clauses.push({ id, label });
    const link = `<a class="clause-link" href="${linkTo(id)}" data-pagefind-ignore><span class="visually-hidden">${escapeHtml(
      `${linkLabel}: ${label}`,
    )}</span><span aria-hidden="true">#</span></a>`;
    if (!/^H\d$/.test(element.tagName)) element.insertAdjacentHTML('afterbegin', link);
    else element.insertAdjacentHTML('beforeend', link);
  }
  return { html: root.toString(), clauses };
}

function labelOf(element: HTMLElement): string {
  if (/^H\d$/.test(element.tagName)) return element.textContent.replace(LEADING_NUMBER, '').trim();
  const first = element.childNodes.find((node) => node.textContent.trim() !== '');
  const leadIn =
    first instanceof Object && (first as HTMLElement).tagName === 'STRONG' ? first.textContent : undefined;
  const paragraph = element.querySelector('p')?.firstChild;
  const strongInParagraph =
    paragraph && (paragraph as HTMLElement).tagName === 'STRONG' ? paragraph.textContent : undefined;
  const words = (leadIn ?? strongInParagraph ?? element.textContent)
    .replace(/[.:]\s*$/, '')
    .trim()
    .split(/\s+/);
  return words.slice(0, leadIn || strongInParagraph ? 8 : 5).join(' ');
}

function unique(id: string, used: Set<string>): string {
  if (!used.has(id)) return id;
  let n = 2;
  while (used.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
