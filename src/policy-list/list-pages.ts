import type { Lang } from '../i18n/index.ts';
import type { PolicyView } from '../registry/index.ts';

/** One page of the policies list: its number (from 1) and the policies on it, by title. */
export interface ListPage {
  number: number;
  /** Where its first row stands in the whole list, from 1 ("Policies 1,001 to 2,000"). */
  first: number;
  policies: PolicyView[];
}

const paged = new WeakMap<readonly PolicyView[], Map<string, ListPage[]>>();

/**
 * A list of policies (the registry's, a topic's) cut into pages of at most `perPage`, ordered
 * by title in the page's language. A registry that fits on one page keeps one page, which filters itself with CSS;
 * a national one (10,000 policies make 12.9 MB of HTML) is read page by page, each a plain
 * link away, with no JavaScript needed. Computed once per language and page size, for all
 * the list's pages.
 */
export function listPages(policies: readonly PolicyView[], lang: Lang, perPage: number): ListPage[] {
  let byKey = paged.get(policies);
  if (!byKey) paged.set(policies, (byKey = new Map()));
  // A topic's list is the same array in both languages, ordered by each one's own rules.
  const key = `${lang}:${perPage}`;
  let pages = byKey.get(key);
  if (!pages) {
    const collator = new Intl.Collator(lang);
    const sorted = [...policies].sort(
      (a, b) => collator.compare(a.title, b.title) || collator.compare(a.slug, b.slug),
    );
    const size = Math.max(1, Math.floor(perPage));
    pages = [];
    for (let start = 0; start < sorted.length || pages.length === 0; start += size)
      pages.push({ number: pages.length + 1, first: start + 1, policies: sorted.slice(start, start + size) });
    byKey.set(key, pages);
  }
  return pages;
}
