/**
 * Filtering and counting search results by facet, in the browser, from the facet table the
 * build writes next to the Pagefind index (see src/search/build/search-facets.ts).
 */
import { searchFacetNames, type SearchFacetName, type SearchQuery } from './query.ts';

export interface FacetTable {
  /** Each facet's values; pages refer to them by position. */
  values: Record<SearchFacetName, string[]>;
  /** By Pagefind page id: for each facet, in `searchFacetNames` order, its value positions. */
  pages: Record<string, number[][]>;
}

/**
 * The facet kept out of the table every search loads: its column is most of the table and
 * only a search by municipality needs it (src/search/build/search-facets.ts).
 */
export const DEFERRED_FACET = 'municipality' satisfies SearchFacetName;

/**
 * A language's facet table in the search bundle, next to Pagefind's files: the table every
 * search loads, or one facet's column kept apart. A binary extension: a host that saw .gz or
 * .json might add Content-Encoding on its own.
 */
export function facetTableFile(lang: string, column?: SearchFacetName): string {
  return column ? `cg-facets-${column}.${lang}.bin` : `cg-facets.${lang}.bin`;
}

/** One facet's column of a table: its values, and each page's value positions. */
export interface FacetColumn {
  values: string[];
  pages: Record<string, number[]>;
}

/** A table without one facet's column (left empty), and that column on its own. */
export function splitFacetTable(
  table: FacetTable,
  facet: SearchFacetName,
): { main: FacetTable; deferred: FacetColumn } {
  const column = searchFacetNames.indexOf(facet);
  const main: FacetTable = { values: { ...table.values, [facet]: [] }, pages: {} };
  const deferred: FacetColumn = { values: table.values[facet], pages: {} };
  for (const [id, facets] of Object.entries(table.pages)) {
    main.pages[id] = facets.map((values, i) => (i === column ? [] : values));
    if (facets[column]!.length) deferred.pages[id] = facets[column]!;
  }
  return { main, deferred };
}

/** Puts a facet's column back into a table split by splitFacetTable. */
export function mergeFacetColumn(table: FacetTable, facet: SearchFacetName, column: FacetColumn): void {
  const position = searchFacetNames.indexOf(facet);
  table.values[facet] = column.values;
  for (const [id, values] of Object.entries(column.pages)) {
    const facets = table.pages[id];
    if (facets) facets[position] = values;
  }
}

/** Per facet, per value: how many results choosing that value would give. */
export type FacetCounts = Partial<Record<SearchFacetName, Record<string, number>>>;

/**
 * Keeps the results that match the chosen values (any value of a facet, every facet), in
 * their order, and counts each facet's values among the results that match every other
 * facet: a chosen facet's counts say what ticking one more of its values would add.
 * One pass over the results, whatever the number of facets chosen.
 */
export function narrow<R extends { id: string }>(
  results: readonly R[],
  table: FacetTable,
  query: SearchQuery,
): { kept: R[]; counts: FacetCounts } {
  const chosen = searchFacetNames.map((name) => {
    const values = query.filters[name];
    if (!values?.length) return undefined;
    return new Set(values.map((value) => table.values[name].indexOf(value)));
  });
  const tallies = searchFacetNames.map((name) => new Array<number>(table.values[name].length).fill(0));
  const kept: R[] = [];
  for (const result of results) {
    const facets = table.pages[result.id] ?? [];
    let missed = -1;
    let misses = 0;
    chosen.forEach((wanted, facet) => {
      if (wanted && !facets[facet]?.some((value) => wanted.has(value))) {
        missed = facet;
        misses += 1;
      }
    });
    if (misses > 1) continue;
    if (misses === 0) kept.push(result);
    facets.forEach((values, facet) => {
      if (misses === 0 || facet === missed) for (const value of values) tallies[facet]![value]! += 1;
    });
  }
  const counts: FacetCounts = {};
  searchFacetNames.forEach((name, facet) => {
    counts[name] = Object.fromEntries(table.values[name].map((value, i) => [value, tallies[facet]![i]!]));
  });
  return { kept, counts };
}
