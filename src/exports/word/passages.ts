/**
 * The passages of a council package that differ from one member to the next: the request,
 * the report's subject and recommendation, the background and the draft resolution. The
 * generic package's Word file marks each with a hidden bookmark, and the reader's browser puts
 * a member's passages in their place (./browser/fill-package.ts). Used by the build and the browser.
 */
export interface PackagePassages {
  /** The signing request after its label: the member's council and what it is asked to sign, or the generic package's blank. */
  request: string;
  /** The staff report's subject line. */
  subject: string;
  /** The staff report's recommendation. */
  recommendation: string;
  /** The background, one string per paragraph: the text's summary, then the member's own record. */
  background: string[];
  /** The draft resolution, one string per paragraph. */
  resolution: string[];
}

/**
 * The bookmarks of the generic Word file: one around each passage's words in its paragraph,
 * and one around each paragraph of the passages written as paragraphs (`<prefix><n>`). Word
 * hides bookmarks whose names begin with an underscore.
 */
export const WORD_BOOKMARKS = {
  words: { request: '_cg_request', subject: '_cg_subject', recommendation: '_cg_recommendation' },
  paragraphs: { background: '_cg_background_', resolution: '_cg_resolution_' },
} as const;

/** What a council package page's script fetches to write a member's Word file (`members.json`). */
export interface MemberPackages {
  /** The address of the generic Word file in the page's language, which the passages go into. */
  template: string;
  /** The members with something to sign, in the region's order. */
  members: {
    /** The municipality's identifier, as in `?for=<id>`. */
    id: string;
    /** The name the downloaded file is saved under. */
    file: string;
    passages: PackagePassages;
  }[];
}
