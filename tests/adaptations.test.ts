/**
 * Local adaptations, through the real build of the fixture registry: Whitby adapted the
 * Fixture Data Principles 1.1 and published its own text, whitby-data-principles, which
 * says what it adapts (`municipality`, `adaptationOf`) and which the decision names back
 * (`localPolicy`). The regional page and the matrix count and link it, the differences page
 * compares the two texts, the local page says what it adapts, and the exports and the search
 * index carry it. A second build, where the region has since published version 1.2, shows
 * what the local page says of the region's changes.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkContent, formatProblem } from '../src/check/index.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { loadGazetteer } from '../src/registry/gazetteer/gazetteer-files.ts';
import { buildRegistry, FIXTURE_TODAY, outputRoot, projectRoot, type BuildResult } from './support/build.ts';
import { launchBrowser } from './support/chromium.ts';
import { copyWithEdits } from './support/fixture-copy.ts';
import { readPage, sectionOf, text } from './support/html.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const dist = inject('fixtureDist');
const fixture = resolve(projectRoot, 'tests/fixtures/registry');
const SITE = 'https://common-ground.example.ca';
const regional = '/policies/data-principles/';
const local = '/policies/whitby-data-principles/';
const differences = '/policies/whitby-data-principles/differences/';
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as Record<string, unknown>[];
const csv = (path: string) => parseCsv(read(path), { columns: true }) as Record<string, string>[];
const hrefs = (element: ReturnType<typeof readPage> | null | undefined) =>
  (element?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href'));
/** The at-a-glance box's facts, by their label. */
const glance = (path: string) =>
  Object.fromEntries(
    readPage(dist, path)
      .querySelectorAll('.at-a-glance dl > div')
      .map((fact) => [text(fact.querySelector('dt')), fact.querySelector('dd')!]),
  );

describe('the regional text’s page', () => {
  it('says how its councils took it, from the standing decisions, and links the adaptation', () => {
    // Standing: Ajax co-signed 1.1, Pickering co-signed 1.0, Whitby adapted 1.1 (Oshawa rescinded).
    const taken = glance(regional).Taken!;
    expect(text(taken)).toBe('Adopted as is: 2 · adapted: 1 · Local adaptations');
    expect(hrefs(taken)).toEqual(['#adaptations-heading']);
    const section = sectionOf(readPage(dist, regional), 'adaptations-heading');
    expect(text(section.querySelector('.counts'))).toBe('Adopted as is: 2 · adapted: 1');
    const items = section.querySelectorAll('li');
    expect(items.map(text)).toEqual([
      'Whitby: Fixture Whitby Data Principles (Adapted 1.1, August 1, 2025) · Differences from the regional text',
    ]);
    expect(hrefs(items[0]!)).toEqual([
      '/municipalities/whitby/',
      local,
      `${regional}#endorsement-whitby-adapted-1-1`,
      differences,
    ]);
    // Listed in the page's contents, after the progress.
    expect(hrefs(readPage(dist, regional).querySelector('.on-this-page > ol'))).toContain(
      '#adaptations-heading',
    );
  });

  it('links the local text and its differences from the decision, in the decisions table', () => {
    const row = readPage(dist, regional)
      .querySelectorAll('#endorsements-heading ~ .table-scroll tbody tr')
      .find((tr) => text(tr.querySelector('th')) === 'Whitby')!;
    expect(text(row.querySelector('td'))).toContain(
      'Adapted 1.1 Local text: Fixture Whitby Data Principles · Differences from the regional text',
    );
    expect(hrefs(row.querySelector('td'))).toEqual(expect.arrayContaining([local, differences]));
  });

  it('says the same in French', () => {
    const page = readPage(dist, `/fr${regional}`);
    expect(text(sectionOf(page, 'adaptations-heading').querySelector('.counts'))).toBe(
      'Adoptée telle quelle : 2 · adaptée : 1',
    );
    expect(hrefs(sectionOf(page, 'adaptations-heading'))).toContain(`/fr${differences}`);
  });

  it('has no counts of adaptations when no council adapted it', () => {
    const page = readPage(dist, '/policies/open-data-standard/');
    expect(page.querySelector('#adaptations-heading')).toBeNull();
    expect(Object.keys(glance('/policies/open-data-standard/'))).not.toContain('Taken');
  });
});

describe('the co-signing matrix', () => {
  const matrix = readPage(dist, '/regions/durham/').querySelector('table.matrix')!;
  const column = matrix
    .querySelectorAll('thead th.guideline')
    .findIndex((th) => text(th).startsWith('Fixture Data Principles'));

  it('links the adaptation from its council’s cell', () => {
    const whitby = matrix
      .querySelectorAll('tbody tr')
      .find((tr) => text(tr.querySelector('th')) === 'Whitby')!
      .querySelectorAll('td')[column]!;
    expect(text(whitby)).toContain(
      'Local text: Fixture Whitby Data Principles · Differences from the regional text',
    );
    expect(hrefs(whitby)).toContain(differences);
  });

  it('counts adopted as is and adapted in the totals, as the policy page does', () => {
    const totals = matrix.querySelectorAll('tfoot td');
    expect(text(totals[column]!.querySelector('.taken'))).toBe('Adopted as is: 2 · adapted: 1');
    // Only where a council adapted the guideline.
    expect(totals.filter((td) => td.querySelector('.taken'))).toHaveLength(1);
  });
});

describe('the differences from the regional text', () => {
  const page = readPage(dist, differences);
  const facts = Object.fromEntries(
    page.querySelectorAll('dl.facts dt').map((dt) => [text(dt), dt.nextElementSibling!]),
  );

  it('is a page of its own, naming both texts, the decision and the local changes', () => {
    expect(text(page.querySelector('h1'))).toBe('Differences from the regional text');
    expect(text(page.querySelector('title'))).toContain(
      'Fixture Whitby Data Principles: Differences from the regional text',
    );
    expect(text(facts['Regional text'])).toBe('Fixture Data Principles, version 1.1 (June 1, 2025)');
    expect(hrefs(facts['Regional text'])).toEqual(['/policies/data-principles/v/1.1/']);
    expect(text(facts['Local text'])).toBe('Fixture Whitby Data Principles, version 1.0 (August 1, 2025)');
    expect(hrefs(facts['Local text'])).toEqual(['/policies/whitby-data-principles/v/1.0/']);
    expect(text(facts['Council decision'])).toBe(
      'Adapted 1.1, August 1, 2025 · Council of the Town of Whitby, DEMO-F-06',
    );
    expect(text(facts['Local changes'])).toBe('Whitby keeps records for ten years instead of seven.');
    expect(text(facts['Changed in the regional text since'])).toBe(
      'Nothing: version 1.1 is still the regional text’s current version.',
    );
  });

  it('compares the regional version with the local text, block by block and word by word', () => {
    const compared = page.querySelector('.compared')!;
    const inserted = compared.querySelectorAll('ins').map(text);
    const deleted = compared.querySelectorAll('del').map(text);
    // The words Whitby changed, each said in words for screen readers and print.
    expect(inserted).toContainEqual(expect.stringContaining('of ten years'));
    expect(deleted).toContainEqual(expect.stringContaining('member municipalities handle'));
    expect(inserted).toContainEqual(expect.stringContaining('the Town of Whitby handles'));
    // A table row the local text adds is inserted whole, in its table.
    const row = compared.querySelectorAll('table tr').find((tr) => text(tr).includes('Records officer'))!;
    expect(row.querySelector('ins')).not.toBeNull();
    // What did not change is the regional text's own.
    expect(text(compared)).toContain('Collect only what is needed for a stated purpose.');
    expect(text(page.querySelector('main'))).toMatch(
      /The local text adds \d+ words to the regional version and leaves out \d+\./,
    );
  });

  it('is in French on the French site, with the same comparison', () => {
    const french = readPage(dist, `/fr${differences}`);
    expect(text(french.querySelector('h1'))).toBe('Différences avec le texte régional');
    expect(french.querySelector('section[lang="en"] .compared')).not.toBeNull();
    expect(french.querySelectorAll('.compared ins').length).toBe(
      page.querySelectorAll('.compared ins').length,
    );
  });
});

describe('the local text’s page', () => {
  const page = readPage(dist, local);

  it('says before its text what it adapts, linked, and its differences', () => {
    const notice = page.querySelectorAll('.notice').find((p) => text(p).includes('local adaptation'))!;
    expect(text(notice)).toBe(
      'This is a local adaptation of Fixture Data Principles, version 1.1, by Whitby. Differences from the regional text',
    );
    expect(hrefs(notice)).toEqual(['/policies/data-principles/v/1.1/', differences]);
    expect(text(glance(local).Adapts)).toBe(
      'Fixture Data Principles, version 1.1 · Differences from the regional text',
    );
  });

  it('says after its text which decision adapted it, and that the region has not changed it since', () => {
    const section = sectionOf(page, 'adaptation-heading');
    expect(text(section.querySelector('h2'))).toBe('What this text adapts');
    expect(text(section)).toContain(
      'Council decision Adapted 1.1, August 1, 2025 · Council of the Town of Whitby, DEMO-F-06',
    );
    expect(text(section)).toContain('Nothing: version 1.1 is still the regional text’s current version.');
    expect(hrefs(section)).toContain('/policies/data-principles/#endorsement-whitby-adapted-1-1');
  });

  // Its JSON-LD (isBasedOn the regional version) is tested with the others', in json-ld.test.ts.
});

describe('the exports', () => {
  it('carry the local text’s adaptation and the counts of the regional text', () => {
    const policies = json('data/policies.json');
    expect(policies.find((p) => p.id === 'whitby-data-principles')).toMatchObject({
      municipality: 'whitby',
      adaptationOf: 'data-principles',
      adaptationOfVersion: '1.1',
      differences: `${SITE}${differences}`,
    });
    expect(policies.find((p) => p.id === 'data-principles')).toMatchObject({
      standingEndorsements: 3,
      standingAsIs: 2,
      standingAdapted: 1,
    });
    expect(policies.find((p) => p.id === 'data-principles')).not.toHaveProperty('adaptationOf');
    const row = csv('data/policies.csv').find((p) => p.id === 'whitby-data-principles')!;
    expect(row).toMatchObject({ adaptationOf: 'data-principles', adaptationOfVersion: '1.1' });
  });

  it('carry the link on the adapted decision', () => {
    const decision = json('data/endorsements.json').find(
      (e) => e.id === 'data-principles/whitby/adapted/1.1',
    );
    expect(decision).toMatchObject({
      localPolicy: 'whitby-data-principles',
      differences: `${SITE}${differences}`,
    });
    const row = csv('data/endorsements.csv').find((e) => e.id === 'data-principles/whitby/adapted/1.1')!;
    expect(row.differences).toBe(`${SITE}${differences}`);
  });

  it('list the differences page among the published addresses, in both languages', () => {
    const manifest = readFileSync(join(fixture, 'published-addresses.txt'), 'utf8').split('\n');
    expect(manifest).toEqual(expect.arrayContaining([differences, `/fr${differences}`]));
    expect(read('sitemap.xml')).toContain(`${SITE}${differences}`);
  });
});

describe('the search index', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(dist)]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function search(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url + path);
    await page.waitForFunction(
      () => document.querySelector('[data-search-list]')?.getAttribute('aria-busy') === 'false',
    );
    return { page, errors };
  }
  const titles = (page: Page) => page.locator('[data-search-list] h3 a').allTextContents();

  it('tags the local text and the adapted guideline for the adaptation filter', () => {
    const filters = (path: string) =>
      readPage(dist, path)
        .querySelectorAll('[data-pagefind-filter="adaptation[data-value]"]')
        .map((span) => span.getAttribute('data-value'));
    expect(filters(local)).toEqual(['local']);
    expect(filters(regional)).toEqual(['adapted']);
    expect(filters('/policies/open-data-standard/')).toEqual([]);
    // Whitby's own text counts among what Whitby stands behind.
    expect(
      readPage(dist, local)
        .querySelectorAll('[data-pagefind-filter="municipality[data-value]"]')
        .map((span) => span.getAttribute('data-value')),
    ).toEqual(['whitby']);
  });

  it('filters adaptations on the search page, and keeps the filter in the address', async () => {
    const { page, errors } = await search('search/');
    const facet = page.getByRole('group', { name: 'Adaptations' });
    expect(
      (await facet.locator('label').allTextContents()).map((label) => label.replace(/\s+/g, ' ').trim()),
    ).toEqual(['Local adaptations (1)', 'Adapted by a council (1)']);
    await facet.getByRole('checkbox', { name: /^Local adaptations/ }).check();
    await expect.poll(() => titles(page)).toEqual(['Fixture Whitby Data Principles']);
    expect(new URL(page.url()).search).toBe('?adaptation=local');
    // The result says what it adapts instead of who signed it.
    await expect
      .poll(() => page.locator('[data-search-list] li .meta').first().textContent())
      .toContain('Adapts Fixture Data Principles 1.1');
    await page.goto(`${server.url}search/?adaptation=adapted`);
    await expect.poll(() => titles(page)).toEqual(['Fixture Data Principles']);
    await expect
      .poll(() => page.locator('[data-search-list] li .meta').first().textContent())
      .toContain('1 adapted it');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the content check', () => {
  it('warns, and only warns, of a local text that no decision names', () => {
    const content = copyWithEdits(fixture, join(outputRoot, 'adaptations', 'unnamed'), [
      {
        file: 'policies/data-principles/index.mdx',
        replace: ['    localPolicy: whitby-data-principles\n', ''],
      },
      {
        file: 'policies/whitby-data-principles/index.mdx',
        replace: ['status: adopted', 'status: under-review'],
      },
    ]);
    const { problems, errors } = checkContent(content, loadGazetteer(), { today: FIXTURE_TODAY });
    expect(errors).toEqual([]);
    expect(problems.map(formatProblem)).toContainEqual(
      expect.stringContaining(
        'policies/whitby-data-principles/index.mdx:9:3: warning: adaptationOf: no council decision names this text yet: record "whitby"\'s "adapted" decision on "data-principles" version 1.1 with "localPolicy: whitby-data-principles"',
      ),
    );
  });
});

describe('when the region has changed its text since', () => {
  const name = 'adaptations-newer';
  let build: BuildResult;

  beforeAll(async () => {
    // The region publishes version 1.2: 1.1 is frozen in versions/, word for word.
    const principles = readFileSync(join(fixture, 'policies/data-principles/index.mdx'), 'utf8');
    const body = splitFrontmatter(principles)!.body;
    const content = copyWithEdits(fixture, join(outputRoot, name, 'content'), [
      {
        file: 'policies/data-principles/versions/1.1.mdx',
        write: `---\nversion: "1.1"\npublished: "2025-06-01"\nchanges: Adds a principle on disposing of data.\n---\n${body}`,
      },
      {
        file: 'policies/data-principles/index.mdx',
        replace: [
          'version: "1.1"\npublished: "2025-06-01"\nchanges: Adds a principle on disposing of data when its retention period ends, says what collecting and publishing data are for, and makes the Clerk keeper of the data inventory.',
          'version: "1.2"\npublished: "2026-02-01"\nchanges: Adds a principle on sharing data with other governments.',
        ],
      },
      {
        file: 'policies/data-principles/index.mdx',
        replace: [
          '3. Dispose of data when its retention period ends.',
          '3. Dispose of data when its retention period ends.\n4. Share data with other governments only under a written agreement.',
        ],
      },
    ]);
    build = await buildRegistry({ content, name, env: { COMMON_GROUND_TODAY: FIXTURE_TODAY } });
    if (build.code !== 0) throw new Error(build.output);
  }, 300_000);

  it('says so before the local text, and lists the changes after it, with their comparison', () => {
    const page = readPage(build.outDir, local);
    const notice = page.querySelectorAll('.notice').find((p) => text(p).includes('local adaptation'))!;
    expect(text(notice)).toContain('The regional text has changed since: it is now at version 1.2.');
    const section = sectionOf(page, 'adaptation-heading');
    expect(text(section)).toContain(
      'Changed in the regional text since Version 1.2 (February 1, 2026): Adds a principle on sharing data with other governments. compare version 1.1 with 1.2',
    );
    expect(hrefs(section)).toEqual(
      expect.arrayContaining([
        '/policies/data-principles/v/1.2/',
        '/policies/data-principles/changes/1.1...1.2/',
      ]),
    );
    // The comparison it links to is published.
    readPage(build.outDir, '/policies/data-principles/changes/1.1...1.2/');
  });

  it('still compares the local text with the version it adapts, not the current one', () => {
    const page = readPage(build.outDir, differences);
    expect(text(page.querySelector('.compared'))).not.toContain('other governments');
    expect(hrefs(page.querySelector('dl.facts'))).toContain('/policies/data-principles/v/1.1/');
    // It says which versions came since, and leaves what they changed to the local text's page.
    expect(text(page.querySelector('dl.facts'))).toContain(
      'Changed in the regional text since Version 1.2 (February 1, 2026) compare version 1.1 with 1.2',
    );
  });

  it('still counts the adaptation, of an earlier version now, on the regional page', () => {
    const page = readPage(build.outDir, regional);
    expect(text(sectionOf(page, 'adaptations-heading').querySelector('.counts'))).toBe(
      'Adopted as is: 2 · adapted: 1',
    );
  });
});
