/**
 * What a clause anchor is made of (see src/text/anchors.ts): the label taken from a
 * clause's own words, and the id made unique within the document.
 */
export interface Clause {
  id: string;
  /** The words the id was made from, for link labels. */
  label: string;
  /** For a heading, its level in the text (2 for `##`): the page's contents list the top ones. */
  level?: number;
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
