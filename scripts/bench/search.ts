#!/usr/bin/env node
/**
 * Measures search on a built registry: the index's size and files, the bytes a visitor
 * downloads for a first query, and the time from a query to rendered results (median of
 * several runs), in real Chromium against the site served as a static host would.
 *
 *   node scripts/bench/search.ts --dist <built site> [--runs 7] [--queries data,privacy]
 *   node scripts/bench/search.ts --content <content folder> --name <name>   (builds it first)
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/support/chromium.ts';
import { serveStatic, type StaticServer } from '../../tests/support/static-server.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    content: { type: 'string' },
    name: { type: 'string' },
    runs: { type: 'string', default: '7' },
    queries: { type: 'string', default: 'data,privacy,procedure,vendor' },
    json: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help || (!values.dist && !(values.content && values.name))) {
  console.log(
    'Usage: node scripts/bench/search.ts (--dist <site> | --content <folder> --name <name>) [--runs 7] [--queries a,b] [--json <file>]',
  );
  process.exit(values.help ? 0 : 1);
}
const runs = Number(values.runs);
const queries = values.queries.split(',').filter(Boolean);

const root = resolve(import.meta.dirname, '../..');
const dist = values.dist ? resolve(values.dist) : await build(resolve(values.content!), values.name!);
const index = indexStats(join(dist, 'pagefind'));
console.log(
  `index: ${index.files} files, ${kB(index.bytes)} (${Object.entries(index.byKind)
    .map(([kind, { files, bytes }]) => `${kind} ${files} files ${kB(bytes)}`)
    .join('; ')})`,
);

const server = await serveStatic(dist);
const browser = await launchBrowser();
try {
  const firstQuery = await coldFirstQuery(browser, server, queries[0]!);
  console.log(
    `first query "${queries[0]}", cold: ${kB(firstQuery.pagefindBytes)} from /pagefind/ in ${firstQuery.pagefindRequests} requests; ${kB(firstQuery.totalBytes)} with the page itself`,
  );
  const afterBrowse = await queryAfterBrowse(browser, server, queries[0]!);
  console.log(
    `the same query typed on the open search page: ${kB(afterBrowse.bytes)} in ${afterBrowse.requests} requests`,
  );
  const timings: Record<string, { median: number; runs: number[]; results: string }> = {};
  for (const query of queries) {
    const times: number[] = [];
    let results = '';
    for (let run = 0; run < runs; run++) {
      const measured = await timeQuery(browser, server, query);
      times.push(measured.ms);
      results = measured.status;
    }
    timings[query] = { median: median(times), runs: times, results };
    console.log(
      `query "${query}" → rendered results: median ${median(times).toFixed(0)} ms over ${runs} runs (${results}; ${times.map((t) => t.toFixed(0)).join(', ')})`,
    );
  }
  const browse = await timeBrowse(browser, server, runs);
  console.log(`opening /search/ → browse results rendered: median ${browse.toFixed(0)} ms`);
  if (values.json)
    writeFileSync(
      values.json,
      JSON.stringify({ dist, index, firstQuery, afterBrowse, timings, browse }, null, 2),
    );
} finally {
  await browser.close();
  await server.close();
}

/** Builds a content folder with the real build into bench/.output/<name>/dist. */
async function build(content: string, name: string): Promise<string> {
  const outDir = join(root, 'bench/.output', name, 'dist');
  const started = performance.now();
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(
      process.execPath,
      [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
      {
        cwd: root,
        stdio: ['ignore', 'inherit', 'inherit'],
        env: {
          ...process.env,
          COMMON_GROUND_CONTENT: content,
          COMMON_GROUND_CACHE: join(root, 'bench/.output', name, 'cache'),
        },
      },
    );
    child.on('error', fail);
    child.on('close', done);
  });
  if (code !== 0) throw new Error(`The build of ${content} failed (exit ${code}).`);
  console.log(`build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return outDir;
}

function indexStats(dir: string) {
  const byKind: Record<string, { files: number; bytes: number }> = {};
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const size = statSync(join(entry.parentPath, entry.name)).size;
    const kind =
      /\.pf_(\w+)$/.exec(entry.name)?.[1] ?? (/\.(js|pagefind)$/.test(entry.name) ? 'code' : 'other');
    byKind[kind] ??= { files: 0, bytes: 0 };
    byKind[kind].files += 1;
    byKind[kind].bytes += size;
    files += 1;
    bytes += size;
  }
  return { files, bytes, byKind };
}

/** Waits until the search page shows the results of the search its address holds. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-search-list]')?.getAttribute('aria-busy') === 'false' &&
      !!document.querySelector('[data-search-status]')?.textContent,
    undefined,
    { timeout: 120_000 },
  );
}

/** A visitor arriving with a query in the address, nothing cached. */
async function coldFirstQuery(browser: Browser, server: StaticServer, query: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  server.resetStats();
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
  await settled(page);
  const pagefind = server.requests.filter((request) => request.path.startsWith('/pagefind/'));
  const result = {
    pagefindBytes: pagefind.reduce((sum, request) => sum + request.bytes, 0),
    pagefindRequests: pagefind.length,
    totalBytes: server.bytesServed,
    requests: server.requests.map(({ path, bytes }) => ({ path, bytes })),
  };
  await context.close();
  return result;
}

/** A visitor on the search page (browse mode loaded) who then searches. */
async function queryAfterBrowse(browser: Browser, server: StaticServer, query: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}search/`);
  await settled(page);
  server.resetStats();
  await page.getByLabel('Words to look for').fill(query);
  await page.getByLabel('Words to look for').press('Enter');
  await page.waitForFunction(
    (q) => document.querySelector('[data-search-status]')?.textContent?.includes(q),
    query,
  );
  await settled(page);
  const result = { bytes: server.bytesServed, requests: server.requests.length };
  await context.close();
  return result;
}

/** From submitting a query to its results in the page, on a search page opened fresh. */
async function timeQuery(
  browser: Browser,
  server: StaticServer,
  query: string,
): Promise<{ ms: number; status: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}search/`);
  await settled(page);
  const ms = await page.evaluate(async (q) => {
    const form = document.querySelector<HTMLFormElement>('form[data-search-form]')!;
    const status = document.querySelector('[data-search-status]')!;
    const list = document.querySelector('[data-search-list]')!;
    const done = new Promise<void>((resolveDone) => {
      const observer = new MutationObserver(() => {
        if (status.textContent?.includes(q) && list.getAttribute('aria-busy') === 'false') {
          observer.disconnect();
          resolveDone();
        }
      });
      observer.observe(form.closest('[data-search]')!, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    form.querySelector<HTMLInputElement>('input[name="q"]')!.value = q;
    const started = performance.now();
    form.requestSubmit();
    await done;
    // Until the results are painted, not just in the DOM.
    await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
    return performance.now() - started;
  }, query);
  const text = (await page.locator('[data-search-status]').textContent()) ?? '';
  await context.close();
  return { ms, status: text };
}

/** From navigation start to the browse-mode results on screen. */
async function timeBrowse(browser: Browser, server: StaticServer, count: number): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < count; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}search/`);
    await settled(page);
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  return median(times);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function kB(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}
