/**
 * Warm builds: with the cache folder kept, Astro's incremental build restores every page whose
 * key (src/registry/page-keys.ts) and code are unchanged, and renders the rest. A clerk's
 * new decision must show on every page that counts it, and leave the others as they were.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRegistry, outputRoot, projectRoot, type BuildResult } from './support/build.ts';
import type { Edit } from './fixtures/invalid-cases.ts';
import { copyWithEdits } from './support/fixture-copy.ts';
import { readPage, sectionOf, tableRows, text } from './support/html.ts';

const name = 'incremental';
const fixture = resolve(projectRoot, 'tests/fixtures/registry');
const content = join(outputRoot, name, 'content');
const restored = (build: BuildResult, how = 'restored|cached') =>
  new Set([...build.output.matchAll(new RegExp(`├─ (\\S+) \\((?:${how})\\)`, 'g'))].map((m) => m[1]!));

const brockDecision: Edit = {
  file: 'policies/data-principles/index.mdx',
  replace: [
    'endorsements:\n',
    'endorsements:\n  - municipality: brock\n    action: co-signed\n    version: "1.1"\n    date: "2025-11-03"\n    instrument: DEMO-F-20\n',
  ],
};
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
  copyWithEdits(fixture, content, [brockDecision]);
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

describe('the last site’s pages, kept in place', () => {
  let third: BuildResult;
  let failed: BuildResult;
  let fourth: BuildResult;
  let thirdPage: string;
  let siteAfterFailure: boolean;
  let elsewhere: BuildResult;
  let back: BuildResult;
  const removal: Edit[] = [
    { file: 'policies/skills-guideline/index.mdx', remove: true },
    { file: 'policies/skills-guideline/help-desk-map.png', remove: true },
  ];

  beforeAll(async () => {
    // Files no build of this cache wrote: put in the site by hand, or left by an older bundle.
    writeFileSync(join(second.outDir, 'stray.html'), '<p>not the registry’s</p>');
    mkdirSync(join(second.outDir, '_astro'), { recursive: true });
    writeFileSync(join(second.outDir, '_astro', 'old-bundle.js'), 'alert(1)');
    // The withdrawn skills guideline leaves the registry (its addresses recorded as removed).
    copyWithEdits(fixture, content, removal);
    third = await buildRegistry({ content, name, env: { COMMON_GROUND_ADDRESSES: 'update' } });
    if (third.code !== 0) throw new Error(third.output);
    thirdPage = readFileSync(join(third.outDir, pages[0]!), 'utf8');
    // A build that fails after the check has passed (the removed addresses not recorded this
    // time) leaves no site, and the next one cannot trust what it finds: it copies every page
    // back from the cache instead.
    copyWithEdits(fixture, content, removal);
    failed = await buildRegistry({ content, name });
    siteAfterFailure = existsSync(failed.outDir);
    copyWithEdits(fixture, content, removal);
    fourth = await buildRegistry({ content, name, env: { COMMON_GROUND_ADDRESSES: 'update' } });
    if (fourth.code !== 0) throw new Error(fourth.output);
    // The same cache builds Brock's decision into another folder; the site in the first
    // folder is now older than the cache's record, and must not be taken for its output.
    copyWithEdits(fixture, content, [...removal, brockDecision]);
    const env = { COMMON_GROUND_ADDRESSES: 'update', COMMON_GROUND_CACHE: join(outputRoot, name, 'cache') };
    elsewhere = await buildRegistry({ content, name: `${name}-elsewhere`, env });
    if (elsewhere.code !== 0) throw new Error(elsewhere.output);
    back = await buildRegistry({ content, name, env });
    if (back.code !== 0) throw new Error(back.output);
  }, 300_000);

  it('starts a warm build from the pages of the last one, not copies of them', () => {
    expect(second.output).toMatch(/\d+ pages of the last build kept in place/);
    expect(restored(second, 'cached')).toContain('/policies/cyber-standard/index.html');
    expect(restored(second, 'restored').size).toBe(0);
  });

  it('deletes what this build did not make: a removed policy’s pages, and files put there by hand', () => {
    expect(third.output).toMatch(/\d+ pages of the last build kept in place, \d+ it no longer makes deleted/);
    for (const file of [
      'policies/skills-guideline/index.html',
      'fr/policies/skills-guideline/badge.svg',
      'policies/skills-guideline/v/1.0/index.html',
      'stray.html',
      '_astro/old-bundle.js',
    ])
      expect(existsSync(join(third.outDir, file)), file).toBe(false);
    expect(existsSync(join(third.outDir, 'policies/skills-guideline'))).toBe(false);
    expect(existsSync(join(third.outDir, 'policies/cyber-standard/index.html'))).toBe(true);
    expect(readdirSync(join(third.outDir, '_astro')).length).toBeGreaterThan(0);
    expect(readFileSync(join(third.outDir, 'sitemap.xml'), 'utf8')).not.toContain('skills-guideline');
  });

  it('after a failed build, copies the pages back from the cache rather than trust the folder', () => {
    expect(failed.code).not.toBe(0);
    expect(siteAfterFailure).toBe(false);
    expect(fourth.output).not.toContain('kept in place');
    expect(restored(fourth, 'restored')).toContain('/policies/cyber-standard/index.html');
    expect(readFileSync(join(fourth.outDir, pages[0]!), 'utf8')).toBe(thirdPage);
    expect(failed.output).toContain('this published address would disappear');
  });

  it('keeps nothing from a folder the cache was not last written with', () => {
    expect(elsewhere.output).not.toContain('kept in place');
    expect(back.output).not.toContain('kept in place');
    // Rendered for the decision in the other folder, restored here from the cache: the page
    // shows the decision, not the older page that was in this folder.
    expect(restored(back, 'restored')).toContain('/policies/data-principles/index.html');
    expect(
      text(readPage(back.outDir, '/policies/data-principles/').querySelector('.progress .summary')),
    ).toBe('3 of 5 Durham Region members have co-signed or adopted version 1.1');
  });
});
