import { gunzipSync, gzipSync } from 'node:zlib';
import { AstroError } from 'astro/errors';
import { searchFacetNames, type SearchFacetName } from '../query.ts';
import { DEFERRED_FACET, facetTableFile, splitFacetTable, type FacetTable } from '../facet-table.ts';

/** One file of Pagefind's output, as `index.getFiles()` returns it. */
export interface IndexFile {
  path: string;
  content: Uint8Array;
}

/**
 * The filter values of every indexed page, by Pagefind page id, one table per language,
 * read back from Pagefind's own fragments so that the two can never disagree.
 *
 * Why not Pagefind's filter counts: Pagefind 1.5 counts a filter value by scanning the
 * result list for each of its pages (`Vec::contains` in pagefind_web's `get_filters`), which
 * grows with results × filter entries: at 10,000 policies it adds about a second to a common
 * query, and a recount per chosen facet on top. With this table the browser counts every
 * facet, disjunctively, in one pass over the results (src/search/facet-table.ts).
 *
 * The municipality column is written apart (see DEFERRED_FACET): it is most of the table
 * (every standing endorsement, 100,000 of them in a national registry, 300 kB of the first
 * search's download) and only a search by municipality needs it.
 */
export function facetTables(files: IndexFile[]): IndexFile[] {
  const tables = new Map<string, FacetTable>();
  for (const file of files) {
    const id = /^fragment\/(.+)\.pf_fragment$/.exec(file.path)?.[1];
    if (!id) continue;
    const fragment = decodeFragment(file.content);
    const lang = id.slice(0, id.lastIndexOf('_'));
    const table = tables.get(lang) ?? emptyTable();
    tables.set(lang, table);
    if (!fragment || typeof fragment.filters !== 'object')
      throw new AstroError(
        `Pagefind's fragment ${file.path} is not in the format the search facets are read from.`,
        'See src/search/build/pagefind-version.ts: the installed Pagefind is not one the search was checked against.',
      );
    table.pages[id] = searchFacetNames.map((name) =>
      (fragment.filters[name] ?? []).map((value) => code(table, name, value)),
    );
  }
  return [...tables].flatMap(([lang, table]) => {
    const { main, deferred } = splitFacetTable(table, DEFERRED_FACET);
    return [
      { path: facetTableFile(lang), content: gzip(main) },
      { path: facetTableFile(lang, DEFERRED_FACET), content: gzip(deferred) },
    ];
  });
}

const gzip = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 });

function emptyTable(): FacetTable {
  const values = Object.fromEntries(searchFacetNames.map((name) => [name, [] as string[]]));
  return { values: values as FacetTable['values'], pages: {} };
}

const codes = new WeakMap<FacetTable, Map<string, number>>();

function code(table: FacetTable, facet: SearchFacetName, value: string): number {
  let byValue = codes.get(table);
  if (!byValue) codes.set(table, (byValue = new Map()));
  const key = `${facet}\u0000${value}`;
  let index = byValue.get(key);
  if (index === undefined) {
    index = table.values[facet].push(value) - 1;
    byValue.set(key, index);
  }
  return index;
}

/** Pagefind's fragments are gzipped JSON behind a `pagefind_dcd` signature. */
function decodeFragment(content: Uint8Array): { filters: Record<string, string[]> } {
  const text = gunzipSync(content).toString('utf8');
  return JSON.parse(text.startsWith('pagefind_dcd') ? text.slice('pagefind_dcd'.length) : text);
}
