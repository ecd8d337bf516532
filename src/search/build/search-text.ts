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

/**
 * The part of a built page that Pagefind reads, as a page of its own: its `<html>` tag (the
 * language), its `<title>`, and its `<main>` without the scripts, the comments, and the
 * elements marked `data-pagefind-ignore` that carry no filter, meta, sort or `<h1>`. Pagefind would
 * skip all of that anyway, but only after receiving it (as JSON, through a pipe) and parsing
 * it: three quarters of a policy page is its decisions, progress and history. At 1,000
 * policies, 234 MB sent to Pagefind became 62 MB and indexing took 21.2 s instead of 14.5 s,
 * for the same index, file for file (tests/page-for-indexing.test.ts).
 *
 * Tags are found by their `<`: the build escapes it in every text and attribute value (a
 * policy's words included), so each `<` in a page starts a tag, a comment or a script. A page
 * this cannot cut cleanly (no `<main>`, an element that does not close) is given whole.
 */
export function pageForIndexing(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0];
  if (start < 0 || end < start || !htmlTag) return html;
  const title = /<title>[^<]*<\/title>/.exec(html.slice(0, start))?.[0] ?? '';
  const main = withoutIgnored(
    html.slice(start, end + '</main>'.length).replace(/<!--[\s\S]*?-->|<script\b[\s\S]*?<\/script>/g, ''),
  );
  return main === undefined
    ? html
    : `<!DOCTYPE html>${htmlTag}<head>${title}</head><body>${main}</body></html>`;
}

/** Elements with no end tag: one marked data-pagefind-ignore is left in place. */
const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;

/** The HTML without its ignored elements that hold no search tags; undefined if one does not close. */
function withoutIgnored(html: string): string | undefined {
  const ignored = /<([a-zA-Z][\w-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/g;
  let out = '';
  let kept = 0;
  for (let match; (match = ignored.exec(html));) {
    const name = match[1]!;
    if (VOID.test(name) || match[0].endsWith('/>')) continue;
    const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
    tags.lastIndex = ignored.lastIndex;
    let depth = 1;
    let close = -1;
    for (let tag; depth && (tag = tags.exec(html));) {
      depth += tag[1] ? -1 : 1;
      if (!depth) close = tags.lastIndex;
    }
    if (close < 0) return undefined;
    // Pagefind reads the search tags (SearchTags.astro) inside an ignored element, and takes
    // a result's image from the first <img> after the first <h1>, ignored or not: keep such an
    // element, and look for ignored elements within it.
    if (/\sdata-pagefind-(?:filter|meta|sort)\b|<h1\b/i.test(html.slice(match.index, close))) continue;
    out += html.slice(kept, match.index);
    kept = close;
    ignored.lastIndex = close;
  }
  return out + html.slice(kept);
}
