import { anchorParsedHtml } from './clause-anchors-dom.ts';
import { anchorSimpleHtml } from './clause-anchors-scan.ts';
import type { AnchoredText } from './clause-label.ts';

export type { AnchoredText, Clause } from './clause-label.ts';

/**
 * Gives every heading and numbered clause of a rendered policy text an id that does not
 * depend on its position: it comes from the clause's own words (its bold lead-in, or its
 * first words; a heading's number is dropped), so inserting, removing or renumbering other
 * clauses never moves it. An id written in the source (`<Clause id="…">`) wins.
 *
 * Rendered policy texts take the one-pass scanner; HTML it cannot vouch for takes the parsed
 * tree, which gives the same result for any HTML, more slowly.
 */
export function anchorClauses(html: string, linkTo: (id: string) => string, linkLabel: string): AnchoredText {
  return anchorSimpleHtml(html, linkTo, linkLabel) ?? anchorParsedHtml(html, linkTo, linkLabel);
}
