/**
 * Warm builds: with the cache folder kept, Astro's incremental build restores every page whose
 * key (src/registry/page-keys.ts) and code are unchanged, and renders the rest. A clerk's
 * new decision must show on every page that counts it, and leave the others as they were.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRegistry, outputRoot, projectRoot, type BuildResult } from './support/build.ts';
import { copyWithEdits } from './support/fixture-copy.ts';
import { readPage, sectionOf, tableRows, text } from './support/html.ts';

const name = 'incremental';
const fixture = resolve(projectRoot, 'tests/fixtures/registry');
const content = join(outputRoot, name, 'content');
const restored = (build: BuildResult) =>
  new Set([...build.output.matchAll(/├─ (\S+) \((?:restored|cached)\)/g)].map((m) => m[1]!));

let first: BuildResult;
let second: BuildResult;
let before: Map<string, string>;
const pages = [
  'policies/cyber-standard/index.html',
  'fr/topics/privacy/index.html',
  'policies/data-principles/index.html',
];

beforeAll(async () => {
  copyWithEdits(fixture, content);
  first = await buildRegistry({ content, name });
  if (first.code !== 0) throw new Error(first.output);
  before = new Map(pages.map((page) => [page, readFileSync(join(first.outDir, page), 'utf8')]));
  // Brock's council co-signs the data principles: one new decision in one file.
  copyWithEdits(fixture, content, [
    {
      file: 'policies/data-principles/index.mdx',
      replace: [
        'endorsements:\n',
        'endorsements:\n  - municipality: brock\n    action: co-signed\n    version: "1.1"\n    date: "2025-11-03"\n    instrument: DEMO-F-20\n',
      ],
    },
  ]);
  second = await buildRegistry({ content, name });
  if (second.code !== 0) throw new Error(second.output);
}, 300_000);

describe('a warm build after one new decision', () => {
  it('restores the pages the decision does not touch, unchanged', () => {
    expect(restored(first).size).toBe(0);
    const kept = restored(second);
    expect(kept).toContain('/policies/cyber-standard/index.html');
    expect(kept).toContain('/fr/topics/privacy/index.html');
    expect(kept).toContain('/municipalities/whitby/index.html');
    // The small files beside the pages, keyed like them (src/registry/page-paths.ts).
    for (const file of [
      '/municipalities/whitby/feed.xml',
      '/fr/municipalities/whitby/badge.svg',
      '/municipalities/whitby/calendar.ics',
      '/municipalities/whitby/embed.html',
      '/municipalities/whitby/oembed.json',
      '/policies/cyber-standard/badge.svg',
      '/fr/policies/cyber-standard/oembed.json',
    ])
      expect(kept).toContain(file);
    // Whitby's differences from the regional text show none of Brock's decision.
    expect(kept).toContain('/policies/whitby-data-principles/differences/index.html');
    expect(kept).toContain('/fr/policies/whitby-data-principles/differences/index.html');
    for (const page of pages.slice(0, 2))
      expect(readFileSync(join(second.outDir, page), 'utf8')).toBe(before.get(page));
  });

  it('renders every page that shows the decision anew', () => {
    const kept = restored(second);
    for (const page of [
      '/policies/data-principles/index.html',
      '/fr/policies/data-principles/v/1.1/index.html',
      '/policies/data-principles/council-package/index.html',
      '/municipalities/brock/index.html',
      '/regions/durham/index.html',
      '/municipalities/brock/feed.xml',
      '/municipalities/brock/badge.svg',
      '/fr/municipalities/brock/embed.html',
      '/municipalities/brock/calendar.ics',
      '/policies/data-principles/badge.svg',
      '/regions/durham/feed.xml',
      '/regions/durham/chase-list.csv',
      '/fr/regions/durham/calendar.ics',
    ])
      expect(kept).not.toContain(page);
    const policy = readPage(second.outDir, '/policies/data-principles/');
    expect(text(policy.querySelector('.progress .summary'))).toBe(
      '3 of 5 Durham Region members have co-signed or adopted version 1.1',
    );
    const brock = readPage(second.outDir, '/municipalities/brock/');
    expect(text(sectionOf(brock, 'record-heading'))).toContain('Fixture Data Principles');
    const matrix = tableRows(readPage(second.outDir, '/regions/durham/').querySelector('table.matrix')!);
    expect(matrix.find((row) => row[0] === 'Brock')![1]).toBe('Co-signed 1.1, November 3, 2025');
    // Listings and exports have no key: they are always rendered.
    expect(text(readPage(second.outDir, '/').querySelector('.latest li'))).toMatch(
      /^November 3, 2025: Brock/,
    );
    const decisions = JSON.parse(readFileSync(join(second.outDir, 'data/endorsements.json'), 'utf8'));
    expect(decisions.map((d: { id: string }) => d.id)).toContain('data-principles/brock/co-signed/1.1');
  });

  it('keeps every page in the search index, restored ones included', () => {
    const entry = (build: BuildResult) =>
      Object.entries(
        JSON.parse(readFileSync(join(build.outDir, 'pagefind/pagefind-entry.json'), 'utf8'))
          .languages as Record<string, { page_count: number }>,
      ).map(([lang, { page_count }]) => [lang, page_count]);
    expect(entry(second)).toEqual(entry(first));
  });
});
