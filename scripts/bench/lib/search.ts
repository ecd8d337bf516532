/**
 * Search figures for the report. The registry's come from scripts/bench/search.ts (real
 * Chromium on the real /search/ page), run as a child process so that its memory, Chromium
 * included, is measured apart from the build's. The baseline's come from Pagefind's CLI with
 * its defaults over the bare site, queried on a blank page through Pagefind's JS API.
 *
 * Bytes are given as served by the test server (uncompressed, except Pagefind's index files,
 * which are gzipped already) and as a static host would send them: text files gzipped.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../../tests/support/chromium.ts';
import { serveStatic } from '../../../tests/support/static-server.ts';
import { watchMemory, type MemoryReport } from './memory.ts';
import { measure } from './measure.ts';
import { median } from './stats.ts';

export interface SearchFigures {
  index: { files: number; bytes: number };
  /** A visitor arriving with a query in the address, nothing cached. */
  firstQuery: {
    query: string;
    requests: number;
    /** Every byte of the visit: the page, its assets, Pagefind's code and index. */
    servedBytes: number;
    /** The same, as a static host sends it: HTML, CSS, JS and JSON gzipped. */
    transferredBytes: number;
    /** Of which from /pagefind/. */
    pagefindServedBytes: number;
    /** From navigation start to the results on screen. */
    ms: number;
  };
  /** From submitting a query on the open search page to its results on screen, median. */
  queryMs: number | null;
  /** The indexing step's time and memory, when it is separate from the build (baseline). */
  indexing?: { ms: number; memory: MemoryReport };
  /** The measuring process: Node and Chromium. */
  memory: MemoryReport;
}

export function indexSize(dist: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const dir = join(dist, 'pagefind');
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** What a static host sends for these requests: text gzipped, Pagefind's gzipped files as they are. */
export function transferred(dist: string, requests: { path: string; bytes: number }[]): number {
  let total = 0;
  for (const { path, bytes } of requests) {
    const file = join(dist, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
    if (/\.(pf_\w+|pagefind|wasm|png|jpe?g|webp|avif|woff2?)$/.test(file) || !bytes) total += bytes;
    else {
      try {
        total += gzipSync(readFileSync(file)).byteLength;
      } catch {
        total += bytes;
      }
    }
  }
  return total;
}

export async function registrySearch(
  projectRoot: string,
  dist: string,
  { runs, logFile, jsonFile, query }: { runs: number; logFile: string; jsonFile: string; query: string },
): Promise<SearchFigures> {
  const first = await coldQueries(dist, query, runs, () => {
    const list = document.querySelector('[data-search-list]');
    return (
      list?.getAttribute('aria-busy') === 'false' &&
      !!document.querySelector('[data-search-status]')?.textContent
    );
  });
  const run = await measure(
    process.execPath,
    ['scripts/bench/search.ts', '--dist', dist, '--runs', String(runs), '--json', jsonFile],
    { cwd: projectRoot, logFile },
  );
  if (run.code !== 0) throw new Error(`The search measurement failed (exit ${run.code}); see ${logFile}.`);
  const result = JSON.parse(readFileSync(jsonFile, 'utf8')) as {
    timings: Record<string, { median: number }>;
  };
  return {
    index: indexSize(dist),
    firstQuery: first.figures,
    queryMs: median(Object.values(result.timings).map((timing) => timing.median)),
    memory: run.memory,
  };
}

/**
 * Indexes the baseline with Pagefind's CLI (every page, default settings) and measures a cold
 * first query on a blank page through Pagefind's JS API.
 */
export async function baselineSearch(
  projectRoot: string,
  dist: string,
  { runs, logFile, query }: { runs: number; logFile: string; query: string },
): Promise<SearchFigures> {
  const indexing = await measure(
    join(projectRoot, 'node_modules/.bin/pagefind'),
    ['--site', dist, '--output-subdir', 'pagefind'],
    { cwd: projectRoot, logFile },
  );
  if (indexing.code !== 0)
    throw new Error(`Pagefind failed on the baseline (exit ${indexing.code}); see ${logFile}.`);
  const first = await coldQueries(dist, query, runs, () => document.body.dataset.done !== undefined);
  return {
    index: indexSize(dist),
    firstQuery: first.figures,
    queryMs: null,
    indexing: { ms: indexing.ms, memory: indexing.memory },
    memory: first.memory,
  };
}

/**
 * A visitor arriving at /search/?q=… with nothing cached, `runs` times in fresh browser
 * contexts: the bytes of the first visit, the median time from navigation to results. Runs in
 * this process, so its memory is Chromium's and this Node's.
 */
async function coldQueries(
  dist: string,
  query: string,
  runs: number,
  ready: () => boolean,
): Promise<{ figures: SearchFigures['firstQuery']; memory: MemoryReport }> {
  const memory = watchMemory(process.pid);
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  const visits: { ms: number; requests: { path: string; bytes: number }[]; served: number }[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      server.resetStats();
      await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(ready, undefined, { timeout: 120_000 });
      const ms = await page.evaluate(() => performance.now());
      const requests = server.requests.map(({ path, bytes }) => ({ path, bytes }));
      visits.push({ ms, requests, served: server.bytesServed });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const first = visits[0]!;
  return {
    figures: {
      query,
      requests: first.requests.length,
      servedBytes: first.served,
      transferredBytes: transferred(dist, first.requests),
      pagefindServedBytes: first.requests
        .filter((request) => request.path.startsWith('/pagefind/'))
        .reduce((sum, request) => sum + request.bytes, 0),
      ms: median(visits.map((visit) => visit.ms)),
    },
    memory: memory.stop(),
  };
}
