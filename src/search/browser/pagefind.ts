import {
  DEFERRED_FACET,
  facetTableFile,
  mergeFacetColumn,
  type FacetColumn,
  type FacetTable,
} from '../facet-table.ts';

/**
 * The part of Pagefind's browser API (`pagefind.js`, written by the build next to the index)
 * that the search page uses. The npm package only types the Node API, so these follow
 * Pagefind's own declarations for 1.5; the parts used here are the same in 1.6.
 */
export interface PagefindResultData {
  /** The page's address, with the site's base. */
  url: string;
  /** Words around the matches, HTML-escaped, with `<mark>` around each match. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResults {
  results: PagefindResult[];
}

export interface PagefindSearchOptions {
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: PagefindSearchOptions): Promise<PagefindResults>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
}

export interface SearchIndex {
  pagefind: Pagefind;
  /** The facet table, without the deferred facet's column until `withDeferredFacet()`. */
  facets: FacetTable;
  /** Loads the deferred facet's column into `facets`, once; later calls share the load. */
  withDeferredFacet(): Promise<void>;
  /** Whether `facets` holds the deferred facet's column yet. */
  hasDeferredFacet(): boolean;
}

/**
 * Loads Pagefind and the facet table of the page's language from the site itself (never a
 * CDN). Pagefind's own filters are not loaded: the table filters and counts instead.
 */
export async function loadSearchIndex(
  bundleUrl: string,
  baseUrl: string,
  lang: string,
): Promise<SearchIndex> {
  const bundle = new URL(bundleUrl, location.href);
  const load = async () => {
    const pagefind = (await import(/* @vite-ignore */ bundleUrl)) as Pagefind;
    await pagefind.options({ baseUrl, excerptLength: 30 });
    await pagefind.init();
    return pagefind;
  };
  const [pagefind, facets] = await Promise.all([
    load(),
    loadGzippedJson<FacetTable>(new URL(facetTableFile(lang), bundle)),
  ]);
  let deferred: Promise<void> | undefined;
  let loaded = false;
  return {
    pagefind,
    facets,
    withDeferredFacet: () =>
      (deferred ??= loadGzippedJson<FacetColumn>(new URL(facetTableFile(lang, DEFERRED_FACET), bundle)).then(
        (column) => {
          mergeFacetColumn(facets, DEFERRED_FACET, column);
          loaded = true;
        },
        (error: unknown) => {
          deferred = undefined; // a later search may try again
          throw error;
        },
      )),
    hasDeferredFacet: () => loaded,
  };
}

async function loadGzippedJson<T>(url: URL): Promise<T> {
  const response = await fetch(url);
  if (!response.ok || !response.body)
    throw new Error(`No facet table at ${url.pathname} (${response.status})`);
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).json() as Promise<T>;
}
