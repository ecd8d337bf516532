/**
 * The phases of an `astro build`, from the timings the build writes from its own hooks
 * (src/integration/build-timings.ts; the baseline has the same hooks in
 * timing-integration.ts): start and content check, content sync and types, bundling,
 * rendering (every route), and for the registry what runs after it (address manifest, sitemap,
 * redirects, then the search index).
 */
import { readFileSync } from 'node:fs';
import type { BuildTimings } from '../../../src/integration/build-timings.ts';
import { pageType, type PageType } from './page-types.ts';

export interface Phase {
  name: string;
  ms: number;
  /** When it started, in milliseconds since the build started. */
  startMs: number;
  /** What the phase covers, for the report. */
  note?: string;
}

export interface BuildLog {
  phases: Phase[];
  /**
   * Routes rendered: pages and files such as feeds, data and Word files. From a cold cache,
   * every route of the build. (Astro's own list of pages leaves the files out.)
   */
  pagesBuilt: number;
  /** Routes rendered, not restored from the cache folder by the incremental build. */
  rendered: number;
  /** Render time per page type, summed from each route's render. */
  renderByType: Partial<Record<PageType, { pages: number; ms: number }>>;
  /** The search index's own time after rendering (0 if none). */
  searchIndexMs: number;
}

export function readBuildTimings(file: string, totalMs: number, { baseline = false } = {}): BuildLog {
  const timings = JSON.parse(readFileSync(file, 'utf8')) as BuildTimings;
  const { marks } = timings;
  const span = (from: number | undefined, to: number | undefined) =>
    from === undefined || to === undefined
      ? { startMs: 0, ms: 0 }
      : { startMs: from, ms: Math.max(0, to - from) };
  const phases: Phase[] = [
    {
      name: 'start and content check',
      ...span(0, marks.checked),
      note: baseline
        ? 'Node and Astro start, config loaded (no content check)'
        : 'Node and Astro start; every content rule checked (src/check), in astro:config:setup',
    },
    {
      name: 'content sync',
      ...span(marks.checked, marks['build start']),
      note: "Astro's content layer (every entry loaded and validated with zod) and types",
    },
    {
      name: 'bundling',
      ...span(marks['build start'], marks['render start'] ?? marks.rendered),
      note: 'Vite builds every page (the baseline: and compiles every MDX document)',
    },
    {
      name: 'rendering',
      ...span(marks['render start'] ?? marks.rendered, marks.rendered),
      note: 'every route rendered or restored, exports included',
    },
  ];
  if (!baseline)
    phases.push(
      {
        name: 'address manifest, sitemap, redirects',
        ...span(marks.rendered, marks.addresses),
        note: 'astro:build:done, before the search index',
      },
      {
        name: 'search index',
        ...span(marks.addresses, marks['search index']),
        note: 'Pagefind, in astro:build:done',
      },
    );
  const last = Math.max(...phases.map((phase) => phase.startMs + phase.ms));
  phases.push({ name: 'other', startMs: last, ms: Math.max(0, totalMs - last), note: 'the rest, e.g. exit' });

  const renderByType: BuildLog['renderByType'] = {};
  for (const [path, ms] of timings.routes) {
    const entry = (renderByType[pageType(path, { baseline })] ??= { pages: 0, ms: 0 });
    entry.pages += 1;
    entry.ms += ms;
  }
  return {
    phases,
    pagesBuilt: timings.routes.length,
    rendered: timings.routes.length,
    renderByType,
    searchIndexMs: timings.searchIndexMs,
  };
}

/** The peak total memory within each phase, from the samples of the build's process tree. */
export function phaseMemory(phases: Phase[], samples: [number, number][]): Record<string, number> {
  return Object.fromEntries(
    phases.map((phase) => [
      phase.name,
      Math.max(
        0,
        ...samples
          .filter(([ms]) => ms >= phase.startMs && ms <= phase.startMs + phase.ms)
          .map(([, bytes]) => bytes),
      ),
    ]),
  );
}
