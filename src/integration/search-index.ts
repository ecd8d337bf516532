import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { facetTablePath, facetTables } from './search-facets.ts';
import { isIndexed, pageUrl, textForIndexing } from './search-text.ts';

/** Where the index lives in the built site; pages load it from `<base>pagefind/`. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** Pages handed to Pagefind at once: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT = 16;

/**
 * Pagefind's ready-made interfaces. The search page is our own, on Pagefind's JS API
 * (src/lib/search/), so these would only be dead weight in every deploy.
 */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export interface SearchIndexStats {
  /** Indexed pages, by language (one index per `<html lang>`). */
  pages: Record<string, number>;
  files: number;
  bytes: number;
  milliseconds: number;
}

/**
 * Builds the Pagefind index of the built site, in `astro:build:done`, so that no deploy can
 * publish pages without their index. Pages choose what is indexed themselves with
 * `data-pagefind-*` attributes (policy, municipality, region and topic pages); everything
 * else, listings and chrome, is left out.
 */
export async function buildSearchIndex(dir: URL, logger: AstroIntegrationLogger): Promise<SearchIndexStats> {
  const started = performance.now();
  const site = fileURLToPath(dir);
  const outputPath = join(site, SEARCH_BUNDLE_DIR);
  try {
    const { index } = check(await pagefind.createIndex({}), logger);
    // Each page goes through textForIndexing on its way in, so not index.addDirectory().
    const pages = htmlFiles(site);
    for (let start = 0; start < pages.length; start += IN_FLIGHT) {
      await Promise.all(
        pages.slice(start, start + IN_FLIGHT).map(async (file) => {
          const html = readFileSync(file, 'utf8');
          if (!isIndexed(html)) return;
          const url = pageUrl(relative(site, file));
          check(await index.addHTMLFile({ url, content: textForIndexing(html) }), logger);
        }),
      );
    }
    // Not index.writeFiles(): in Pagefind 1.5 it can answer before its writes are flushed, and
    // close() then kills the writer, leaving a truncated file (Pagefind PR #1272). Taking the
    // files in memory and writing them here means the build ends only once all are on disk.
    const { files } = check(await index.getFiles(), logger);
    const tables = [...facetTables(files)].map(([lang, content]) => ({
      path: facetTablePath(lang),
      content,
    }));
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
      if (file.path === 'pagefind-entry.json') entry = JSON.parse(Buffer.from(file.content).toString('utf8'));
    }
    const indexed = Object.fromEntries(
      Object.entries(entry?.languages ?? {}).map(([lang, { page_count }]) => [lang, page_count]),
    );
    const stats = { pages: indexed, files: count, bytes, milliseconds: performance.now() - started };
    const languages = Object.entries(indexed).map(([lang, count]) => `${count} ${lang}`);
    logger.info(
      `search index: ${languages.join(', ') || 'no'} pages, ${count} files, ${formatBytes(bytes)}, in ${(stats.milliseconds / 1000).toFixed(2)} s`,
    );
    return stats;
  } finally {
    // The Node API talks to a Pagefind process; left running, it would keep the build alive.
    await pagefind.close();
  }
}

/** Pagefind reports problems in `errors` instead of throwing: a failed index must fail the build. */
function check<T extends { errors: string[] }>(response: T, logger: AstroIntegrationLogger): Required<T> {
  if (response.errors.length) {
    for (const error of response.errors) logger.error(`Pagefind: ${error}`);
    throw new Error('The search index could not be built (see the Pagefind errors above).');
  }
  return response as Required<T>;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
