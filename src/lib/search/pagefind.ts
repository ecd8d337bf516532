/**
 * The part of Pagefind's browser API (`pagefind.js`, written by the build next to the index)
 * that the search page uses. The npm package only types the Node API, so these follow
 * Pagefind's own declarations for 1.5.
 */
export type FilterCounts = Record<string, Record<string, number>>;

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
  /** Per filter value: how many results there would be with that value added to the filters. */
  filters: FilterCounts;
}

export interface PagefindSearchOptions {
  filters?: object;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string, options?: PagefindSearchOptions): Promise<PagefindResults>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
}

/** Loads Pagefind from the site itself (never a CDN), ready to search with counts. */
export async function loadPagefind(bundleUrl: string, baseUrl: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ bundleUrl)) as Pagefind;
  await pagefind.options({ baseUrl, excerptLength: 30 });
  await pagefind.init();
  // Counts come back with each search only once the filters are loaded.
  await pagefind.filters();
  return pagefind;
}
