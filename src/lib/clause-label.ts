/**
 * What a clause anchor is made of, shared by both ways of anchoring a text (see
 * clause-anchors.ts): the label taken from a clause's own words, the id made unique within
 * the document, and the link placed in the clause.
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

/** A heading's words without its number: "3.1 Retention" → "Retention". */
export function headingLabel(text: string): string {
  return text.replace(LEADING_NUMBER, '').trim();
}

/**
 * A clause's label: its bold lead-in (at most eight words), else the bold start of its first
 * paragraph, else its first five words.
 */
export function clauseLabel(leadIn: string | undefined, strongInParagraph: string | undefined, text: string) {
  const words = (leadIn ?? strongInParagraph ?? text)
    .replace(/[.:]\s*$/, '')
    .trim()
    .split(/\s+/);
  return words.slice(0, leadIn || strongInParagraph ? 8 : 5).join(' ');
}

export function unique(id: string, used: Set<string>): string {
  if (!used.has(id)) return id;
  let n = 2;
  while (used.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

/** The `#` link a clause carries, with its label for screen readers. */
export function clauseLink(href: string, linkLabel: string, label: string): string {
  return `<a class="clause-link" href="${href}" data-pagefind-ignore><span class="visually-hidden">${escapeHtml(
    `${linkLabel}: ${label}`,
  )}</span><span aria-hidden="true">#</span></a>`;
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
