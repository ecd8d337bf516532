/**
 * A search as the URL holds it, so that a search can be shared and the back button works:
 * `/search/?q=cctv&topic=privacy&topic=open-data&municipality=ajax&sort=newest`.
 * Plain functions, used by the page in the browser and by tests.
 */

/**
 * The facets, in the order the page shows them. Their names are the Pagefind filter names
 * and the URL parameters, so they are part of every shared search link: never rename one.
 */
export const searchFacetNames = [
  'type',
  'topic',
  'status',
  'region',
  'municipality',
  'kind',
  'adaptation',
  'year',
] as const;
export type SearchFacetName = (typeof searchFacetNames)[number];

/** What an indexed page is; only policies carry the other facets. */
export const pageTypes = ['policy', 'municipality', 'region', 'topic'] as const;
export type PageType = (typeof pageTypes)[number];

export const sortOrders = ['relevance', 'newest', 'oldest', 'title'] as const;
export type SortOrder = (typeof sortOrders)[number];

export interface SearchQuery {
  /** The words typed, as typed. */
  q: string;
  /** Chosen values by facet; values of one facet are alternatives (any), facets combine (all). */
  filters: Partial<Record<SearchFacetName, string[]>>;
  sort: SortOrder;
}

export function readQuery(params: URLSearchParams): SearchQuery {
  const filters: SearchQuery['filters'] = {};
  for (const name of searchFacetNames) {
    const values = [...new Set(params.getAll(name).filter((value) => value !== ''))];
    if (values.length) filters[name] = values;
  }
  const sort = params.get('sort') as SortOrder | null;
  return {
    q: params.get('q') ?? '',
    filters,
    sort: sort && sortOrders.includes(sort) ? sort : 'relevance',
  };
}

/** The query string of a search, in a stable order, without empty parameters ("" for none). */
export function queryString(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.q.trim()) params.set('q', query.q.trim());
  for (const name of searchFacetNames)
    for (const value of query.filters[name] ?? []) params.append(name, value);
  if (query.sort !== 'relevance') params.set('sort', query.sort);
  return params.toString();
}

export function hasFilters(query: SearchQuery): boolean {
  return searchFacetNames.some((name) => query.filters[name]?.length);
}

/** The words typed, or `null` to browse by filters alone. */
export function searchTerm(query: SearchQuery): string | null {
  return query.q.trim() || null;
}

/**
 * A word every indexed page carries in its metadata (see tags.ts). Browsing searches for it
 * rather than for no term: given no term, Pagefind 1.5 downloads every chunk of the word
 * index to filter (27 MB at 10,000 policies), given this word only the chunk that holds it.
 * Digits only, so Pagefind indexes it whole and no stemmer changes it; no one types it.
 */
export const EVERY_PAGE_WORD = '0000000000';

/** The term to give Pagefind. */
export function pagefindTerm(query: SearchQuery): string {
  return searchTerm(query) ?? EVERY_PAGE_WORD;
}

/**
 * The sort for Pagefind. With no words typed there is no relevance to rank by, so the best
 * match is the title order. Pages without a sort key drop out of a sorted search, so newest
 * and oldest list policies only (other pages have no publication date).
 */
export function pagefindSort(query: SearchQuery): Record<string, 'asc' | 'desc'> | undefined {
  switch (query.sort) {
    case 'newest':
      return { published: 'desc' };
    case 'oldest':
      return { published: 'asc' };
    case 'title':
      return { title: 'asc' };
    default:
      return searchTerm(query) ? undefined : { title: 'asc' };
  }
}

/** A title as a sort key: case and accents ignored, so « Modèle » sorts among the M. */
export function titleSortKey(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
