import { writeFileSync } from 'node:fs';

/**
 * What `npm run bench` reports of a build, taken from the build's own hooks rather than read
 * off its log: when each phase ended, how long each route took to render, and how many routes
 * the incremental build restored instead. Written only when `COMMON_GROUND_BUILD_TIMINGS`
 * names a file; otherwise every call is a no-op.
 */
export interface BuildTimings {
  /** Milliseconds since the Node process started (`performance.now()`), by phase end. */
  marks: Record<BuildMark, number>;
  /** Each rendered route: its address and the milliseconds its render took. */
  routes: [path: string, ms: number][];
  /** Every route of the build, rendered or restored from the cache folder. */
  pages: number;
  /** The search index's own time after rendering. */
  searchIndexMs: number;
}

export type BuildMark =
  /** Content rules checked, in astro:config:setup. */
  | 'checked'
  /** Content synced and types generated: Astro starts building (astro:build:start). */
  | 'build start'
  /** The first route starts rendering: bundling is over. */
  | 'render start'
  /** Every route rendered or restored (astro:build:generated). */
  | 'rendered'
  /** Address manifest, editor, sitemap and redirects written (astro:build:done). */
  | 'addresses'
  /** The search index written: the build's last step. */
  | 'search index';

export function buildTimings(file = process.env.COMMON_GROUND_BUILD_TIMINGS) {
  const timings: BuildTimings = {
    marks: {} as BuildTimings['marks'],
    routes: [],
    pages: 0,
    searchIndexMs: 0,
  };
  return {
    mark(name: BuildMark) {
      if (file) timings.marks[name] ??= performance.now();
    },
    route(path: string, started: number) {
      if (!file) return;
      timings.marks['render start'] ??= started;
      timings.routes.push([path, performance.now() - started]);
    },
    write(pages: number, searchIndexMs: number) {
      if (!file) return;
      timings.pages = pages;
      timings.searchIndexMs = searchIndexMs;
      writeFileSync(file, JSON.stringify(timings));
    },
  };
}

export type BuildTimer = ReturnType<typeof buildTimings>;
