/**
 * The passages of a council package that differ from one member to the next: the request,
 * the report's subject and recommendation, the member's own record and the draft resolution.
 * A guideline's Word template has a placeholder in each of their places; the reader's browser
 * puts a member's passages in (./browser/fill-template.ts). Used by the build and the browser.
 */
export interface PackagePassages {
  /** The signing request after its label: the member's council and what it is asked to sign. Empty in the generic package. */
  request: string;
  /** The generic package's line in the request's place ("No member chosen…"); empty in a member's. */
  unaddressed: string;
  /** The staff report's subject line. */
  subject: string;
  /** The staff report's recommendation. */
  recommendation: string;
  /** The member's own record on the guideline, after the text's summary; empty in the generic package. */
  background: string;
  /** The draft resolution, one string per paragraph. */
  resolution: string[];
}

/** The passages that are single paragraphs, in the order a template has them. */
export const SINGLE_PASSAGES = ['request', 'unaddressed', 'subject', 'recommendation', 'background'] as const;

/**
 * A template's placeholders: `[[cg-<seed>:<passage>]]`, and one per paragraph of the longest
 * resolution. The seed is a digest of everything the guideline's pages show, the placeholders
 * included, so no text, name or decision can contain one.
 */
export function passageTokens(seed: string, resolutionParagraphs: number): PackagePassages {
  const token = (name: string) => `[[cg-${seed}:${name}]]`;
  return {
    request: token('request'),
    unaddressed: token('unaddressed'),
    subject: token('subject'),
    recommendation: token('recommendation'),
    background: token('background'),
    resolution: Array.from({ length: resolutionParagraphs }, (_, i) => token(`resolution-${i + 1}`)),
  };
}

/** What a council package page's script fetches to write a member's Word file (`members.json`). */
export interface MemberPackages {
  /** The address of the guideline's Word template, in the page's language. */
  template: string;
  tokens: PackagePassages;
  /** The members with something to sign, in the region's order. */
  members: {
    /** The municipality's identifier, as in `?for=<id>`. */
    id: string;
    /** The name the downloaded file is saved under. */
    file: string;
    passages: PackagePassages;
  }[];
}
