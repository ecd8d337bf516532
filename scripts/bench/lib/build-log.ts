/**
 * Reads the phases of an `astro build` from its output lines, timed by the moment each line
 * arrived: the content check (our integration, before Astro compiles anything), the content
 * layer's sync (loading and validating every entry), bundling (every page and MDX document
 * compiled), rendering (every route), and what runs after it (address manifest, sitemap,
 * redirects, then the search index, which reports its own duration).
 */
import type { TimedLine } from './measure.ts';
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
  /** Astro's "N page(s) built" (pages and endpoints such as feeds and data files). */
  pagesBuilt: number;
  /** Render time per page type, summed from Astro's per-route timings. */
  renderByType: Partial<Record<PageType, { pages: number; ms: number }>>;
  /** The search index's own time, as the integration logs it (0 if none). */
  searchIndexMs: number;
}

const find = (lines: TimedLine[], pattern: RegExp, from = 0) => {
  for (let i = from; i < lines.length; i++) if (pattern.test(lines[i]!.text)) return i;
  return -1;
};

export function readBuildLog(lines: TimedLine[], totalMs: number, { baseline = false } = {}): BuildLog {
  const at = (index: number) => (index < 0 ? undefined : lines[index]!.ms);
  const checked = find(lines, /\[common-ground\] content checked/);
  const syncing = find(lines, /\[content\] Syncing content/);
  const synced = find(lines, /\[content\] Synced content/, Math.max(0, syncing));
  const bundling = find(lines, /Building static entrypoints/);
  const rendering = find(lines, /generating static routes/);
  const rendered = find(lines, /^(\d\d:\d\d:\d\d )?✓ Completed in/, Math.max(0, rendering));
  const searched = find(lines, /\[common-ground\] search index: .* in ([\d.]+) s/);
  const searchIndexMs = searched < 0 ? 0 : Number(/ in ([\d.]+) s/.exec(lines[searched]!.text)![1]) * 1000;
  const builtLine = lines.find((line) => /\d+ page\(s\) built in/.test(line.text))?.text ?? '';
  const pagesBuilt = Number(/(\d+) page\(s\) built/.exec(builtLine)?.[1] ?? 0);

  const span = (from: number | undefined, to: number | undefined) =>
    from === undefined || to === undefined
      ? { startMs: 0, ms: 0 }
      : { startMs: from, ms: Math.max(0, to - from) };
  const renderEnd = at(rendered);
  const searchEnd = at(searched);
  const searchStart = searchEnd === undefined ? undefined : searchEnd - searchIndexMs;
  const phases: Phase[] = [
    {
      name: 'start and content check',
      ...(baseline ? span(0, at(syncing)) : span(0, at(checked))),
      note: baseline
        ? 'Node and Astro start, config loaded (no content check)'
        : 'Node and Astro start; every content rule checked (src/lib/check), in astro:config:setup',
    },
    {
      name: 'content sync',
      ...span(at(syncing), at(synced)),
      note: "Astro's content layer: every entry loaded and validated with zod",
    },
    { name: 'types and build setup', ...span(at(synced), at(bundling)) },
    {
      name: 'bundling',
      ...span(at(bundling), at(rendering)),
      note: 'Vite builds every page and compiles every MDX document',
    },
    { name: 'rendering', ...span(at(rendering), renderEnd), note: 'every route, exports included' },
  ];
  if (!baseline) {
    phases.push(
      {
        name: 'address manifest, sitemap, redirects',
        ...span(renderEnd, searchStart),
        note: 'astro:build:done, before the search index',
      },
      { name: 'search index', ...span(searchStart, searchEnd), note: 'Pagefind, in astro:build:done' },
    );
  }
  const last = Math.max(...phases.map((phase) => phase.startMs + phase.ms));
  phases.push({ name: 'other', startMs: last, ms: Math.max(0, totalMs - last), note: 'the rest, e.g. exit' });

  const renderByType: BuildLog['renderByType'] = {};
  for (const line of lines) {
    const match = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/.exec(line.text);
    if (!match) continue;
    const type = pageType(match[1]!, { baseline });
    const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    const entry = (renderByType[type] ??= { pages: 0, ms: 0 });
    entry.pages += 1;
    entry.ms += ms;
  }
  return { phases, pagesBuilt, renderByType, searchIndexMs };
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
