/**
 * Prepares a built page's HTML for Pagefind, without changing the page itself.
 *
 * French elides with a typographic apostrophe: « d’évaluation », « l’accès ». Pagefind 1.5
 * splits a word into parts at ASCII punctuation only, so it indexes « d’évaluation » as the
 * single word "devaluation", and a search for "evaluation" misses it. With the ASCII
 * apostrophe, it also indexes the part "evaluation". English possessives (« municipality’s »)
 * gain the same way. Only text between tags is touched: attribute values (the meta shown in
 * results) keep their typography.
 */
export function textForIndexing(html: string): string {
  return html
    .replace(/>[^<]+</g, (text) => text.replace(/(?<=\p{L})[’ʼ](?=\p{L})/gu, "'"))
    .replace(TAG_WITH_ID, (tag) => tag.replace(/\sid="[^"]*"/, ''));
}

/**
 * Pagefind copies every element with an id into the page's fragment, with its text, for
 * sub-results. A policy text gives every heading and clause an id (its permanent anchor), so
 * the anchors were three fifths of each fragment, and a first query downloads one fragment
 * per result shown. The search page shows no sub-results: Pagefind is given no ids.
 */
const TAG_WITH_ID = /<[a-zA-Z][^<>]*?\sid="[^"]*"[^<>]*>/g;

/** Whether Pagefind would index a page at all: only pages that mark their content do. */
export function isIndexed(html: string): boolean {
  return html.includes('data-pagefind-body');
}

/** The address Pagefind shows for a built page, relative to the site's base. */
export function pageUrl(relativePath: string): string {
  return `/${relativePath.split('\\').join('/')}`.replace(/index\.html$/, '');
}

/**
 * The language of a built page, by its `<html lang>`, reduced to its first subtag: which
 * language index it goes to (language-indexes.ts). Pages that Pagefind might put in one index
 * (`fr` and `fr-CA`) must never be split between two, so this is coarser than Pagefind.
 */
export function htmlLang(html: string): string {
  const tag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
  return (/\slang\s*=\s*["']?([a-z]+)/i.exec(tag)?.[1] ?? '').toLowerCase();
}
