import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { startLanguageIndexes } from './language-indexes.ts';
import { facetTables } from './search-facets.ts';
import { htmlLang, isIndexed, pageForIndexing, pageUrl, textForIndexing } from './search-text.ts';

/** Where the index lives in the built site; pages load it from `<base>pagefind/`. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * Pages handed to Pagefind and not yet indexed: enough to keep it busy, few enough to bound
 * memory. Rendering waits when this many are in flight.
 */
const IN_FLIGHT = 16;

/**
 * Pagefind's ready-made interfaces. The search page is our own, on Pagefind's JS API
 * (src/search/), so these would only be dead weight in every deploy.
 */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * The pages that may carry `data-pagefind-body`: a policy's, a municipality's, a region's and
 * a topic's own page, in any language (src/pages); never a version, a comparison, a council
 * package, a listing or a file copied from public/.
 */
const MAY_BE_INDEXED =
  /^(?:[a-z]{2}[\\/])?(?:policies|municipalities|regions|topics)[\\/][^\\/]+[\\/]index\.html$/;

export interface SearchIndexStats {
  /** Indexed pages, by language (one index per `<html lang>`). */
  pages: Record<string, number>;
  files: number;
  bytes: number;
  milliseconds: number;
}

export interface SearchIndexer {
  /**
   * Hands a built page to Pagefind, as it is rendered: Pagefind indexes in processes of its
   * own (one per language, language-indexes.ts) while the build renders the next pages. `path` is the page's file,
   * relative to the output folder. Resolves at once unless too many pages are in flight.
   */
  add(path: string, html: string): Promise<void>;
  /**
   * Adds the built pages it was not handed (restored by the incremental build, copied from
   * public/), waits for Pagefind, and writes the index into the built site. `files` are the
   * site's files, relative to it (addresses.ts, siteFiles).
   */
  finish(dir: URL, files: readonly string[]): Promise<SearchIndexStats>;
  close(): Promise<void>;
}

/**
 * The Pagefind index of the built site, built during `astro build` so that no deploy can
 * publish pages without their index. Pages choose what is indexed themselves with
 * `data-pagefind-*` attributes (policy, municipality, region and topic pages); everything
 * else, listings and chrome, is left out. Each page goes through textForIndexing on its way
 * in, so not index.addDirectory().
 */
export async function createSearchIndexer(logger: AstroIntegrationLogger): Promise<SearchIndexer> {
  const indexes = startLanguageIndexes();
  const added = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  // A Pagefind error is said once per build, however many pages it answers.
  const logged = new Set<string>();
  const check = <T extends { errors: string[] }>(response: T) => checked(response, logger, logged);
  let failure: unknown;

  const add = async (path: string, html: string) => {
    if (failure) throw failure;
    added.add(path);
    if (!isIndexed(html)) return;
    const indexing = indexes
      .add(htmlLang(html), pageUrl(path), textForIndexing(pageForIndexing(html)))
      .then((errors) => void check({ errors }))
      .catch((error: unknown) => void (failure ??= error))
      .finally(() => inFlight.delete(indexing));
    inFlight.add(indexing);
    if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
  };

  return {
    add,
    async finish(dir, siteFiles) {
      const started = performance.now();
      const site = fileURLToPath(dir);
      const outputPath = join(site, SEARCH_BUNDLE_DIR);
      // Pages restored by the incremental build, and files copied from public/, were not handed
      // over while rendering. Only the page families that carry data-pagefind-body are read
      // (9,000 files at 1,000 policies, of which 2,600 are indexed); add() checks each again.
      const unread = siteFiles.filter((path) => MAY_BE_INDEXED.test(path) && !added.has(path));
      for (const path of byTurns(unread)) await add(path, readFileSync(join(site, path), 'utf8'));
      await Promise.all(inFlight);
      if (failure) throw failure;
      // Not index.writeFiles(): the facet tables are read from Pagefind's fragments, and the
      // unused interfaces are left out. Writing the files here also means the build ends only
      // once all are on disk; before Pagefind 1.6, writeFiles() could answer before its writes
      // were flushed, and close() then killed the writer (Pagefind PR #1272).
      const { files } = check(await indexes.files());
      const tables = facetTables(files);
      rmSync(outputPath, { recursive: true, force: true });
      let count = 0;
      let bytes = 0;
      let entry: { languages: Record<string, { page_count: number }> } | undefined;
      for (const file of [...files, ...tables]) {
        if (UNUSED.test(file.path)) continue;
        const path = join(outputPath, file.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.content);
        count += 1;
        bytes += file.content.byteLength;
        if (file.path === 'pagefind-entry.json')
          entry = JSON.parse(Buffer.from(file.content).toString('utf8'));
      }
      const indexed = Object.fromEntries(
        Object.entries(entry?.languages ?? {}).map(([lang, { page_count }]) => [lang, page_count]),
      );
      const stats = { pages: indexed, files: count, bytes, milliseconds: performance.now() - started };
      const languages = Object.entries(indexed).map(([lang, n]) => `${n} ${lang}`);
      logger.info(
        `search index: ${languages.join(', ') || 'no'} pages, ${count} files, ${formatBytes(bytes)}, in ${(stats.milliseconds / 1000).toFixed(2)} s after rendering`,
      );
      return stats;
    },
    // Each worker talks to a Pagefind process; left running, they would keep the build alive.
    close: () => indexes.close(),
  };
}

/**
 * Pagefind reports problems in `errors` instead of throwing: a failed index must fail the build.
 * A process that stops answers every page it held with the same reason: said once.
 */
function checked<T extends { errors: string[] }>(
  response: T,
  logger: AstroIntegrationLogger,
  logged: Set<string>,
): Required<T> {
  if (response.errors.length) {
    for (const error of response.errors) {
      if (!logged.has(error)) logger.error(`Pagefind: ${error}`);
      logged.add(error);
    }
    throw new AstroError(
      'The search index could not be built (see the Pagefind errors above).',
      'Nothing was published. Pagefind names the page or file it could not index.',
    );
  }
  return response as Required<T>;
}

/**
 * The pages in an order that takes each language folder in turn (`policies/a`, `fr/policies/a`,
 * `policies/b`…), so that every language's Pagefind process has pages to index at once. In
 * the order of the file names, one language would wait for all of the other's pages.
 */
function byTurns(paths: string[]): string[] {
  const folders = Map.groupBy(paths, (path) => /^[a-z]{2}(?=[\\/])/.exec(path)?.[0] ?? '');
  const lists = [...folders.values()];
  const longest = Math.max(0, ...lists.map((list) => list.length));
  return Array.from({ length: longest }, (_, i) => lists.flatMap((list) => list[i] ?? [])).flat();
}

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
