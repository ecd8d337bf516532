/**
 * The bench report: one JSON document with every figure, and the same as Markdown tables,
 * registry and baseline side by side, with the targets of the scale issue and whether each
 * is met. Sizes in the targets are in kB of 1,000 bytes and GiB of 2^30 bytes.
 */
import type { BuildLog, Phase } from './build-timings.ts';
import type { MemoryReport } from './memory.ts';
import { PAGE_TYPES, type PageType } from './page-types.ts';
import type { PageWeights } from './page-weights.ts';
import type { SearchFigures } from './search.ts';

export interface SiteFigures {
  build: {
    ms: number;
    phases: Phase[];
    pagesBuilt: number;
    renderByType: BuildLog['renderByType'];
    memory: Omit<MemoryReport, 'samples'>;
    /** Peak total memory within each phase. */
    phaseMemory: Record<string, number>;
  };
  pages: PageWeights;
  search?: SearchFigures;
}

export interface ContentFigures {
  policies: number;
  versions: number;
  /** MDX files: every policy's index.mdx and every earlier version. */
  mdxDocuments: number;
  endorsements: number;
  municipalities: number;
  regions: number;
  topics: number;
  averageWords: number;
}

export interface Target {
  label: string;
  value: number | null;
  unit: string;
  limit: number;
  met: boolean | null;
  note: string;
}

export interface WarmRebuild {
  ms: number;
  peakBytes: number;
  /** Pages the incremental build restored instead of rendering. */
  restored: number;
  /** What was edited. */
  edit: string;
}

export interface BenchReport {
  name: string;
  date: string;
  machine: { cpus: number; model: string; memoryGiB: number; loadAverage: number[] };
  versions: { node: string; astro: string; pagefind: string };
  params: { policies: number; municipalities?: number; endorsements?: number; seed: string; quick: boolean };
  content: ContentFigures;
  generate: { ms: number };
  check: { ms: number; peakBytes: number };
  registry: SiteFigures;
  /** Rebuilds with the cache folder kept: after one new decision, then after one edited text. */
  warm?: Record<'decision' | 'text', WarmRebuild>;
  baseline?: SiteFigures & { documents: number };
  ratios: Record<string, number | null>;
  targets: Target[];
}

const KB = 1000;
const GIB = 2 ** 30;

export function ratios(report: Omit<BenchReport, 'ratios' | 'targets'>): Record<string, number | null> {
  const { registry, baseline } = report;
  const divide = (a: number | undefined, b: number | undefined) => (a && b ? a / b : null);
  return {
    buildTimePerDocument: divide(registry.build.ms, baseline?.build.ms),
    // The registry builds several pages from each document (the policy, its versions, their
    // comparisons, the council package, each in two languages); this is the cost of one.
    buildTimePerPage: divide(
      registry.build.ms / registry.build.pagesBuilt,
      baseline && baseline.build.ms / baseline.build.pagesBuilt,
    ),
    peakMemory: divide(registry.build.memory.peakTotalBytes, baseline?.build.memory.peakTotalBytes),
    policyPageWeightMedian: divide(
      registry.pages.byType.policy?.weight.median,
      baseline?.pages.byType.document?.weight.median,
    ),
    versionPageWeightMedian: divide(
      registry.pages.byType.version?.weight.median,
      baseline?.pages.byType.document?.weight.median,
    ),
    searchIndexBytes: divide(registry.search?.index.bytes, baseline?.search?.index.bytes),
    firstQueryTransferred: divide(
      registry.search?.firstQuery.transferredBytes,
      baseline?.search?.firstQuery.transferredBytes,
    ),
  };
}

export function targets(report: Omit<BenchReport, 'targets'>): Target[] {
  const { registry } = report;
  const target = (
    label: string,
    value: number | null | undefined,
    unit: string,
    limit: number,
    note: string,
  ) => ({
    label,
    value: value ?? null,
    unit,
    limit,
    met: value === null || value === undefined ? null : value <= limit,
    note,
  });
  // The search page runs Pagefind, and the editor (/admin/) is Decap CMS, loaded by the clerks
  // who use it and by no visitor: both are reported in the pages table, not held to 2 kB.
  const scripted = PAGE_TYPES.filter(
    (type) => type !== 'search' && type !== 'editor' && registry.pages.byType[type],
  );
  const heaviestScript = Math.max(0, ...scripted.map((type) => registry.pages.byType[type]!.jsGzip.max));
  const heaviestType = scripted.find((type) => registry.pages.byType[type]!.jsGzip.max === heaviestScript);
  // Pages only: Word files, feeds and the editor's shell are not read as pages.
  const pageTypes = PAGE_TYPES.filter((type) => type !== 'editor' && registry.pages.byType[type]);
  const heaviestPage = Math.max(0, ...pageTypes.map((type) => registry.pages.byType[type]!.weight.max));
  const heaviestPageType = pageTypes.find((type) => registry.pages.byType[type]!.weight.max === heaviestPage);
  return [
    target(
      'Rebuild after one new endorsement, cache kept',
      report.warm && report.warm.decision.ms / 1000,
      's',
      15,
      'wall time of `astro build` with the cache folder of the full build',
    ),
    target(
      'Rebuild after one edited text, cache kept',
      report.warm && report.warm.text.ms / 1000,
      's',
      20,
      'wall time of `astro build` with the cache folder kept',
    ),
    target(
      'Full build',
      registry.build.ms / 1000,
      's',
      // The issue's two sizes: 1,000 policies in 15 s, 10,000 in 90 s.
      report.params.policies <= 1000 ? 15 : 90,
      'wall time of `astro build`, content check and search index included',
    ),
    target(
      'Build time per route',
      registry.build.ms / registry.build.pagesBuilt,
      'ms',
      1,
      'wall time ÷ routes built (pages and files)',
    ),
    target(
      'Peak memory',
      registry.build.memory.peakTotalBytes / GIB,
      'GiB',
      2.5,
      'largest total resident memory of the build and its child processes at one moment',
    ),
    target(
      '`/policies/` first load',
      (registry.pages.byType['policies index']?.weight.max ?? 0) / KB,
      'kB',
      100,
      'HTML + linked CSS, gzipped',
    ),
    target(
      `Heaviest page of any type (${heaviestPageType ?? '—'})`,
      heaviestPage / KB,
      'kB',
      150,
      'HTML + linked CSS, gzipped',
    ),
    target(
      'JavaScript on pages other than search and the editor (heaviest page)',
      heaviestScript / KB,
      'kB',
      2,
      `gzipped, per page${heaviestType ? `; heaviest: ${heaviestType}` : ''}`,
    ),
    target(
      'First search query transferred, common word',
      registry.search ? registry.search.firstQuery.transferredBytes / KB : null,
      'kB',
      300,
      'cold visit to /search/?q=…: page, assets, Pagefind code and index, text gzipped',
    ),
    target(
      'Search results after a query is typed (median)',
      registry.search?.queryMs,
      'ms',
      300,
      'on the open search page, in Chromium on this machine',
    ),
  ];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kB = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const GiB = (bytes: number) => `${(bytes / GIB).toFixed(2)} GiB`;
const times = (ratio: number | null | undefined) =>
  ratio === null || ratio === undefined ? '—' : `${ratio.toFixed(2)}×`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

export function markdown(report: BenchReport): string {
  const { registry, baseline, content } = report;
  const out: string[] = [];
  out.push(
    `# Bench: ${content.policies.toLocaleString('en')} policies`,
    '',
    `${report.date} · ${report.machine.cpus} cores (${report.machine.model}), ${report.machine.memoryGiB.toFixed(0)} GiB · load average before: ${report.machine.loadAverage.map((n) => n.toFixed(2)).join(', ')} · Node ${report.versions.node}, Astro ${report.versions.astro}, Pagefind ${report.versions.pagefind}`,
    '',
    `Content (seed ${report.params.seed}): ${content.policies.toLocaleString('en')} policies, ${content.versions.toLocaleString('en')} versions (${content.mdxDocuments.toLocaleString('en')} MDX documents, ${content.averageWords.toLocaleString('en')} words on average), ${content.endorsements.toLocaleString('en')} endorsements, ${content.municipalities.toLocaleString('en')} municipalities, ${content.regions} regions, ${content.topics} topics. Generated in ${seconds(report.generate.ms)}.`,
    '',
    '## Targets',
    '',
    table(
      ['target', 'limit', 'measured', 'met'],
      report.targets.map((t) => [
        `${t.label} (${t.note})`,
        `${t.limit} ${t.unit}`,
        t.value === null ? '—' : `${t.value.toFixed(2)} ${t.unit}`,
        t.met === null ? 'not measured' : t.met ? 'yes' : '**no**',
      ]),
    ),
    '',
    '## Build',
    '',
    table(
      ['', 'registry', 'baseline (bare Astro)', 'ratio'],
      [
        [
          'wall time',
          seconds(registry.build.ms),
          baseline ? seconds(baseline.build.ms) : '—',
          times(report.ratios.buildTimePerDocument),
        ],
        ...(report.warm
          ? (['decision', 'text'] as const).map((step) => [
              `rebuild after one ${step === 'decision' ? 'new decision' : 'edited text'} (${report.warm![step].restored} of ${registry.build.pagesBuilt} routes restored)`,
              seconds(report.warm![step].ms),
              '—',
              '',
            ])
          : []),
        [
          'per MDX document',
          `${(registry.build.ms / content.mdxDocuments).toFixed(2)} ms`,
          baseline ? `${(baseline.build.ms / baseline.documents).toFixed(2)} ms` : '—',
          times(report.ratios.buildTimePerDocument),
        ],
        [
          'per page built',
          `${(registry.build.ms / registry.build.pagesBuilt).toFixed(2)} ms`,
          baseline ? `${(baseline.build.ms / baseline.build.pagesBuilt).toFixed(2)} ms` : '—',
          times(report.ratios.buildTimePerPage),
        ],
        [
          'peak memory (all processes at once)',
          GiB(registry.build.memory.peakTotalBytes),
          baseline ? GiB(baseline.build.memory.peakTotalBytes) : '—',
          times(report.ratios.peakMemory),
        ],
        ['routes built (pages and files)', registry.build.pagesBuilt, baseline?.build.pagesBuilt ?? '—', ''],
        ['HTML files', registry.pages.htmlFiles, baseline?.pages.htmlFiles ?? '—', ''],
        [
          'content check alone (`npm run check`)',
          `${seconds(report.check.ms)}, ${GiB(report.check.peakBytes)}`,
          '—',
          '',
        ],
      ],
    ),
    '',
    '### Phases',
    '',
    'Timed by the build’s own hooks (src/integration/build-timings.ts; the baseline has the same hooks); memory is the peak total within the phase.',
    '',
    phaseTable(registry, baseline),
    '',
    `Exports (open data, feeds, schemas) are rendered as routes among the pages: ${seconds(registry.build.renderByType.export?.ms ?? 0)} of the rendering phase, over ${registry.build.renderByType.export?.pages ?? 0} routes.`,
    '',
    '### Memory by process (peak resident size)',
    '',
    table(
      ['site', 'process', 'peak'],
      [
        ...registry.build.memory.processes
          .slice(0, 8)
          .map((p) => ['registry', `\`${p.command}\``, GiB(p.peakBytes)]),
        ...(baseline?.build.memory.processes ?? [])
          .slice(0, 4)
          .map((p) => ['baseline', `\`${p.command}\``, GiB(p.peakBytes)]),
        ...(baseline?.search?.indexing?.memory.processes ?? [])
          .slice(0, 2)
          .map((p) => ['baseline search index', `\`${p.command}\``, GiB(p.peakBytes)]),
        ...(registry.search
          ? [['registry search (Chromium and Node)', 'all', GiB(registry.search.memory.peakTotalBytes)]]
          : []),
        ...(baseline?.search
          ? [['baseline search (Chromium and Node)', 'all', GiB(baseline.search.memory.peakTotalBytes)]]
          : []),
      ],
    ),
    '',
    '### Render time by page type',
    '',
    table(
      ['page type', 'site', 'pages', 'total', 'per page'],
      [...renderRows('registry', registry), ...(baseline ? renderRows('baseline', baseline) : [])],
    ),
    '',
    '## Pages',
    '',
    'Weight: the HTML and the stylesheets it links, gzipped (kB = 1,000 bytes). JavaScript: every script a page runs (referenced files, their static imports, inline scripts), gzipped.',
    '',
    table(
      ['page type', 'site', 'pages', 'weight median', 'weight p95', 'HTML raw median', 'JS median', 'JS max'],
      [...weightRows('registry', registry), ...(baseline ? weightRows('baseline', baseline) : [])],
    ),
    '',
    '## Search',
    '',
    searchTable(registry.search, baseline?.search),
    '',
    '## Ratios (registry ÷ baseline)',
    '',
    table(
      ['figure', 'ratio'],
      Object.entries(report.ratios).map(([name, ratio]) => [name, times(ratio)]),
    ),
    '',
  );
  return out.join('\n');
}

function phaseTable(registry: SiteFigures, baseline: SiteFigures | undefined): string {
  const names = [
    ...new Set([...registry.build.phases, ...(baseline?.build.phases ?? [])].map((p) => p.name)),
  ];
  return table(
    ['phase', 'registry', 'memory', 'baseline', 'memory', 'what'],
    names.map((name) => {
      const ours = registry.build.phases.find((p) => p.name === name);
      const theirs = baseline?.build.phases.find((p) => p.name === name);
      const memory = (site: SiteFigures | undefined) => {
        const bytes = site?.build.phaseMemory[name];
        return bytes ? GiB(bytes) : '—';
      };
      return [
        name,
        ours ? seconds(ours.ms) : '—',
        memory(registry),
        theirs ? seconds(theirs.ms) : '—',
        memory(baseline),
        ours?.note ?? theirs?.note ?? '',
      ];
    }),
  );
}

function renderRows(site: string, figures: SiteFigures): (string | number)[][] {
  return PAGE_TYPES.filter((type) => figures.build.renderByType[type]).map((type) => {
    const { pages, ms } = figures.build.renderByType[type]!;
    return [type, site, pages, seconds(ms), `${(ms / pages).toFixed(1)} ms`];
  });
}

function weightRows(site: string, figures: SiteFigures): (string | number)[][] {
  return PAGE_TYPES.filter((type) => figures.pages.byType[type]).map((type: PageType) => {
    const weights = figures.pages.byType[type]!;
    return [
      type,
      site,
      weights.pages,
      kB(weights.weight.median),
      kB(weights.weight.p95),
      kB(weights.htmlRaw.median),
      kB(weights.jsGzip.median),
      kB(weights.jsGzip.max),
    ];
  });
}

function searchTable(registry: SearchFigures | undefined, baseline: SearchFigures | undefined): string {
  if (!registry && !baseline) return 'Not measured.';
  const cell = (figures: SearchFigures | undefined, value: (f: SearchFigures) => string) =>
    figures ? value(figures) : '—';
  const rows: [string, (f: SearchFigures) => string][] = [
    ['index size', (f) => MB(f.index.bytes)],
    ['index files', (f) => f.index.files.toLocaleString('en')],
    ['first query: transferred (text gzipped)', (f) => kB(f.firstQuery.transferredBytes)],
    ['first query: served, uncompressed HTML/JS', (f) => kB(f.firstQuery.servedBytes)],
    ['first query: of which /pagefind/', (f) => kB(f.firstQuery.pagefindServedBytes)],
    ['first query: requests', (f) => String(f.firstQuery.requests)],
    ['first query: navigation to results (median)', (f) => `${f.firstQuery.ms.toFixed(0)} ms`],
    [
      'query typed on the open page → results (median)',
      (f) => (f.queryMs === null ? '—' : `${f.queryMs.toFixed(0)} ms`),
    ],
    [
      'indexing step (separate from the build)',
      (f) =>
        f.indexing ? `${seconds(f.indexing.ms)}, ${GiB(f.indexing.memory.peakTotalBytes)}` : 'in the build',
    ],
  ];
  return table(
    ['', 'registry', 'baseline (Pagefind defaults, blank page)'],
    rows.map(([label, value]) => [label, cell(registry, value), cell(baseline, value)]),
  );
}
