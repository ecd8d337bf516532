/**
 * Search, in real Chromium against the built fixture registry: the Pagefind index that
 * `astro build` writes, and the /search/ page that queries it, filters it and keeps the
 * search in the address.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pageUrl, textForIndexing } from '../src/search/build/search-text.ts';
import {
  DEFERRED_FACET,
  mergeFacetColumn,
  narrow,
  splitFacetTable,
  type FacetTable,
} from '../src/search/facet-table.ts';
import { queryString, readQuery, titleSortKey } from '../src/search/query.ts';
import { checkA11y, formatViolations } from './support/axe.ts';
import { readPage, sectionOf, text } from './support/html.ts';
import { buildRegistry, outputRoot, projectRoot } from './support/build.ts';
import { launchBrowser } from './support/chromium.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveStatic(inject('fixtureDist'))]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Visit {
  page: Page;
  /** Console errors and uncaught exceptions: a search page must have none. */
  errors: string[];
  close(): Promise<void>;
}

async function visit(
  path: string,
  {
    colorScheme = 'light',
    site = server,
    forAxe = false,
    width = 1280,
    javaScriptEnabled = true,
  }: {
    colorScheme?: 'light' | 'dark';
    site?: StaticServer;
    forAxe?: boolean;
    width?: number;
    javaScriptEnabled?: boolean;
  } = {},
): Promise<Visit> {
  // Every visit runs under the site's Content-Security-Policy, except those that inject axe,
  // which is an inline script the policy rightly refuses.
  const context = await browser.newContext({
    colorScheme,
    bypassCSP: forAxe,
    viewport: { width, height: 800 },
    javaScriptEnabled,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(site.url + path);
  if (/(^|\/)search\//.test(path)) await settled(page);
  return { page, errors, close: () => context.close() };
}

/** Waits for the search the address holds to be shown (the status speaks once results are in). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const list = document.querySelector('[data-search-list]');
    const status = document.querySelector('[data-search-status]');
    return list?.getAttribute('aria-busy') === 'false' && !!status?.textContent;
  });
}

const titles = (page: Page) => page.locator('[data-search-list] h3 a').allTextContents();
const labels = async (group: Locator) =>
  (await group.locator('label').allTextContents()).map((label) => label.replace(/\s+/g, ' ').trim());
/** The options a facet offers: those that would give no result are hidden. */
const offered = async (group: Locator) =>
  (await group.locator('label:visible').allTextContents()).map((label) => label.replace(/\s+/g, ' ').trim());
const status = (page: Page) => page.locator('[data-search-status]').textContent();
const search = (page: Page) => new URL(page.url()).search;

const all = {
  baseline: 'Fixture Cybersecurity Baseline',
  cyberStandard: 'Fixture Cybersecurity Standard',
  principles: 'Fixture Data Principles',
  skills: 'Fixture Digital Skills Guideline',
  openData: 'Fixture Open Data Standard',
  cctv: 'Fixture Video Surveillance Policy',
  modele: 'Modèle d’évaluation des facteurs relatifs à la vie privée',
  // Whitby's own text: its adaptation of the data principles (tests/adaptations.test.ts).
  whitby: 'Fixture Whitby Data Principles',
};

describe('the search index', () => {
  it('holds every published policy, municipality, region and topic page, and no listing', async () => {
    const { page, errors, close } = await visit('search/');
    expect(await status(page)).toBe('19 results');
    const addresses = await page
      .locator('[data-search-list] h3 a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    // Ten at a time: each result shown costs a fragment download.
    expect(addresses).toHaveLength(10);
    await page.getByRole('button', { name: /more/i }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-search-list] li').length === 19);
    addresses.push(
      ...(await page
        .locator('[data-search-list] li:nth-child(n+11) h3 a')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))),
    );
    expect(new Set(addresses).size).toBe(19);
    for (const address of addresses)
      expect(address).toMatch(/^\/(policies|municipalities|regions|topics)\/[^/]+\/$/);
    expect(addresses.filter((address) => address.startsWith('/policies/'))).toHaveLength(8);
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps no anchors in its fragments, only the words of each page', () => {
    const folder = join(inject('fixtureDist'), 'pagefind/fragment');
    const fragments = readdirSync(folder).map((name) => {
      const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as {
        url: string;
        content: string;
        anchors: unknown[];
      };
    });
    expect(fragments.length).toBeGreaterThan(30);
    for (const fragment of fragments) expect(fragment.anchors, fragment.url).toEqual([]);
    // The clause headings whose anchors are gone are still searchable words.
    const policy = fragments.find((fragment) => fragment.url === '/policies/data-principles/')!;
    expect(policy.content).toContain('Purpose.');
  });

  it('leaves out chrome, listings and drafts', async () => {
    // Words only in the sample notice, the skip link, the footer, and the draft's text.
    for (const word of ['illustration', 'skip', 'gazetteer', 'Confidentialzebra']) {
      const { page, close } = await visit(`search/?q=${word}`);
      expect(await titles(page), word).toEqual([]);
      await close();
    }
  });
});

describe('a query', () => {
  it('finds a policy by a word of its text, and marks the word in the excerpt', async () => {
    const { page, errors, close } = await visit('search/?q=footage');
    expect(await titles(page)).toEqual([all.cctv]);
    expect(await page.locator('[data-search-list] .excerpt mark').allTextContents()).toEqual(['Footage']);
    expect(await status(page)).toBe('1 result for “footage”');
    expect(errors).toEqual([]);
    await close();
  });

  it('finds a policy by a word of its title', async () => {
    const { page, close } = await visit('search/?q=surveillance');
    expect((await titles(page))[0]).toBe(all.cctv);
    await close();
  });

  it('shows the status, kind, version, region and standing endorsements of each policy', async () => {
    const { page, close } = await visit('search/?q=principles');
    // Whitby's text says it adapts the principles: the result is the one whose title is theirs.
    const result = page
      .locator('[data-search-list] li')
      .filter({ has: page.getByRole('link', { name: all.principles, exact: true }) });
    // The same counts as the policy page: Ajax and Whitby on 1.1, Pickering on 1.0 (Oshawa
    // rescinded); Whitby's decision adapted it.
    expect(await result.locator('.meta').innerText()).toBe(
      'Adopted\nGuideline\nVersion 1.1\nDurham Region\n2 councils stand behind this version\n1 behind an earlier version\n1 adapted it',
    );
    expect(await result.locator('h3 a').getAttribute('href')).toBe('/policies/data-principles/');
    expect(await result.locator('.excerpt mark').count()).toBeGreaterThan(0);
    await close();
  });

  it('finds accented text without its accents, and elided French words', async () => {
    const { page, close } = await visit('search/?q=procedure');
    expect(await titles(page)).toEqual([all.modele]);
    expect(await page.locator('[data-search-list] .excerpt mark').allTextContents()).toEqual(['procédure']);
    // « d’évaluation »: the word after the apostrophe is found too.
    await page.getByLabel('Words to look for').fill('evaluation');
    await expect.poll(() => titles(page)).toEqual([all.modele]);
    // A French policy in the English registry is read out in French.
    expect(await page.locator('[data-search-list] h3 a').getAttribute('lang')).toBe('fr');
    await close();
  });

  it('searches the French site in its own index, with French words', async () => {
    const { page, errors, close } = await visit('fr/search/?q=procédure');
    expect(await titles(page)).toEqual([all.modele]);
    // Results link to the French twins of the pages.
    expect(await page.locator('[data-search-list] h3 a').getAttribute('href')).toBe(
      '/fr/policies/modele-evaluation/',
    );
    expect(await page.getByRole('status').textContent()).toBe('1 résultat pour « procédure »');
    expect(errors).toEqual([]);
    await close();
  });

  it('runs as the words are typed, and from the search box in every page header', async () => {
    const { page, errors, close } = await visit('policies/');
    await page.getByRole('searchbox', { name: 'Search the registry' }).fill('footage');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=footage$/);
    await settled(page);
    expect(await titles(page)).toEqual([all.cctv]);
    await page.getByLabel('Words to look for').fill('cybersecurity');
    await expect
      .poll(async () => (await titles(page)).sort())
      .toEqual(['Cybersecurity', all.baseline, all.cyberStandard]);
    expect(search(page)).toBe('?q=cybersecurity');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('filters', () => {
  it('show counts before any query, and combine as any-of within a facet, all-of across', async () => {
    const { page, errors, close } = await visit('search/');
    const status = page.getByRole('group', { name: 'Status' });
    expect(await labels(status)).toEqual([
      'Proposed (1)',
      'Adopted (4)',
      'Under review (1)',
      'Superseded (1)',
      'Withdrawn (1)',
    ]);
    await page.getByRole('checkbox', { name: /^Adopted/ }).check();
    await expect
      .poll(() => titles(page))
      .toEqual([all.cyberStandard, all.principles, all.whitby, all.modele]);
    await page.getByRole('checkbox', { name: /^Proposed/ }).check();
    await expect
      .poll(() => titles(page))
      .toEqual([all.cyberStandard, all.principles, all.openData, all.whitby, all.modele]);
    // Counts of a chosen facet still say what ticking one more value would add.
    await expect.poll(() => labels(status)).toContain('Withdrawn (1)');
    // Other facets count within the results.
    await expect
      .poll(() => labels(page.getByRole('group', { name: 'Topics' })))
      .toEqual(['Cybersecurity (1)', 'Open data (3)', 'Privacy (3)']);
    await page.getByRole('checkbox', { name: /^Privacy/ }).check();
    await expect.poll(() => titles(page)).toEqual([all.principles, all.whitby, all.modele]);
    expect(search(page)).toBe('?topic=privacy&status=proposed&status=adopted');
    expect(errors).toEqual([]);
    await close();
  });

  it('narrow to exactly what a municipality endorsed, standing endorsements only', async () => {
    const { page, errors, close } = await visit('search/');
    const endorsedBy = page.getByLabel('Endorsed by');
    await endorsedBy.selectOption('pickering');
    await expect.poll(() => titles(page)).toEqual([all.cyberStandard, all.principles]);
    expect(search(page)).toBe('?municipality=pickering');
    // Oshawa co-signed the data principles, then rescinded: only its own policy stands.
    await endorsedBy.selectOption('oshawa');
    await expect.poll(() => titles(page)).toEqual([all.cctv]);
    await endorsedBy.selectOption('ajax');
    await expect.poll(() => titles(page)).toEqual([all.baseline, all.cyberStandard, all.principles]);
    expect(errors).toEqual([]);
    await close();
  });

  it('load the municipality column only when a search needs it', async () => {
    const municipalityTables = () =>
      server.requests.filter((request) => request.path.startsWith('/pagefind/cg-facets-municipality.'));
    server.resetStats();
    const { page, errors, close } = await visit('search/?q=data');
    expect(server.requests.map((request) => request.path)).toContain('/pagefind/cg-facets.en.bin');
    expect(municipalityTables()).toEqual([]);
    // Until it is loaded, the filter's options show no count rather than the registry's totals.
    const pickering = page.getByLabel('Endorsed by').locator('option[value="pickering"]');
    expect(await pickering.textContent()).toBe('Pickering');
    await page.getByLabel('Endorsed by').focus();
    await expect.poll(() => pickering.textContent()).toMatch(/^Pickering \(\d+\)$/);
    expect(municipalityTables().map((request) => request.path)).toEqual([
      '/pagefind/cg-facets-municipality.en.bin',
    ]);
    await close();
    // An address that filters by municipality loads it before showing anything.
    const filtered = await visit('search/?municipality=pickering');
    expect(await titles(filtered.page)).toEqual([all.cyberStandard, all.principles]);
    expect(errors.concat(filtered.errors)).toEqual([]);
    await filtered.close();
  });

  it('intersect with a query', async () => {
    const { page, close } = await visit('search/?q=data');
    expect(await titles(page)).toContain(all.openData);
    expect(await titles(page)).toContain(all.principles);
    await page.getByRole('checkbox', { name: /^Privacy/ }).check();
    await expect.poll(() => titles(page)).toEqual([all.whitby, all.principles]);
    expect(await status(page)).toBe('2 results for “data”');
    expect(search(page)).toBe('?q=data&topic=privacy');
    await close();
  });

  it('count within a query, and offer only the options that would give a result', async () => {
    const { page, errors, close } = await visit('search/?q=data');
    // The counts are those of the results for “data”, not the registry's totals.
    expect(await offered(page.getByRole('group', { name: 'Topics' }))).toEqual([
      'Open data (4)',
      'Privacy (2)',
    ]);
    expect(await offered(page.getByRole('group', { name: 'Show' }))).toEqual(['Policies (4)', 'Topics (1)']);
    // Options that would give nothing are hidden, not listed with (0).
    const shown = page.locator('[data-facet] label:visible');
    expect(await shown.allTextContents()).not.toContainEqual(expect.stringMatching(/\(0\)/));
    expect(await page.getByRole('checkbox', { name: /^Cybersecurity/ }).isVisible()).toBe(false);
    // A facet with nothing to offer is hidden whole: no policy of the results is withdrawn…
    await page.goto(`${server.url}search/?type=region`);
    await settled(page);
    expect(await page.getByRole('group', { name: 'Topics' }).isVisible()).toBe(false);
    expect(await page.getByRole('group', { name: 'Status' }).isVisible()).toBe(false);
    // …and the page type, whose counts leave its own choice aside, still offers every type.
    expect(await offered(page.getByRole('group', { name: 'Show' }))).toEqual([
      'Policies (8)',
      'Municipalities (6)',
      'Regions (2)',
      'Topics (3)',
    ]);
    expect(errors).toEqual([]);
    await close();
  });

  it('keep a chosen option that gives nothing, so it can be unchosen', async () => {
    const { page, close } = await visit('search/?q=footage&topic=cybersecurity');
    expect(await titles(page)).toEqual([]);
    const cybersecurity = page.getByRole('checkbox', { name: /^Cybersecurity/ });
    expect(await cybersecurity.isVisible()).toBe(true);
    expect(await cybersecurity.isChecked()).toBe(true);
    expect(await offered(page.getByRole('group', { name: 'Topics' }))).toEqual([
      'Cybersecurity (0)',
      'Privacy (1)',
    ]);
    await cybersecurity.uncheck();
    await expect.poll(() => titles(page)).toEqual([all.cctv]);
    await close();
  });

  it('list every option with a result, in no scrolling box, and hide the list options that have none', async () => {
    const { page, close } = await visit('search/');
    // No facet scrolls inside itself: the option a visitor looks for is never out of sight.
    const scrolled = await page
      .locator('[data-facet], [data-facet] *')
      .evaluateAll((elements) =>
        elements
          .filter((element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowY))
          .map((element) => element.className),
      );
    expect(scrolled).toEqual([]);
    await page.goto(`${server.url}search/?q=footage`);
    await settled(page);
    // The municipality list counts once its column is loaded; then only Oshawa endorsed the policy.
    const endorsedBy = page.getByLabel('Endorsed by');
    await endorsedBy.focus();
    await expect
      .poll(() => endorsedBy.locator('option:not([hidden])').allTextContents())
      .toEqual(['Any', 'Oshawa (1)']);
    expect(
      await endorsedBy
        .locator('option[hidden]')
        .evaluateAll((options) => options.every((o) => (o as HTMLOptionElement).disabled)),
    ).toBe(true);
    // Oshawa's own policy has no region: the region list has nothing to offer, and is hidden.
    expect(await page.locator('[data-facet="region"]').isVisible()).toBe(false);
    await close();
  });

  it('narrow to a page type, a region or a year', async () => {
    const { page, close } = await visit('search/?type=region');
    expect(await titles(page)).toEqual(['Durham Region', 'Shoreline Coalition']);
    await page.goto(`${server.url}search/?region=shoreline`);
    await settled(page);
    expect(await titles(page)).toEqual([all.baseline, all.cyberStandard]);
    await page.goto(`${server.url}search/?year=2024`);
    await settled(page);
    expect(await titles(page)).toEqual([all.cctv]);
    await close();
  });

  it('sort policies by date and by title', async () => {
    const { page, close } = await visit('search/?sort=newest');
    expect(await titles(page)).toEqual([
      all.openData,
      all.whitby,
      all.principles,
      all.modele,
      all.cyberStandard,
      all.cctv,
      all.baseline,
      all.skills,
    ]);
    await page.getByLabel('Sort by').selectOption('title');
    await expect.poll(() => search(page)).toBe('?sort=title');
    await settled(page);
    expect((await titles(page)).slice(0, 3)).toEqual(['Town of Ajax', 'Township of Brock', 'Cybersecurity']);
    await close();
  });
});

describe('the address', () => {
  it('restores the same query, filters and sort on reload, and steps back through choices', async () => {
    const { page, errors, close } = await visit('search/');
    await page.getByLabel('Words to look for').fill('data');
    await expect.poll(() => search(page)).toBe('?q=data');
    await settled(page);
    await page.getByRole('checkbox', { name: /^Privacy/ }).check();
    await page.getByLabel('Sort by').selectOption('newest');
    await expect.poll(() => search(page)).toBe('?q=data&topic=privacy&sort=newest');
    await expect.poll(() => titles(page)).toEqual([all.whitby, all.principles]);

    await page.reload();
    await settled(page);
    expect(await page.getByLabel('Words to look for').inputValue()).toBe('data');
    expect(await page.getByRole('checkbox', { name: /^Privacy/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Sort by').inputValue()).toBe('newest');
    expect(await titles(page)).toEqual([all.whitby, all.principles]);

    await page.goBack(); // before the sort
    await expect.poll(() => search(page)).toBe('?q=data&topic=privacy');
    expect(await page.getByLabel('Sort by').inputValue()).toBe('relevance');
    await page.goBack(); // before the topic
    await expect.poll(() => search(page)).toBe('?q=data');
    await expect.poll(() => page.getByRole('checkbox', { name: /^Privacy/ }).isChecked()).toBe(false);
    await expect.poll(() => titles(page)).toContain(all.openData);
    expect(errors).toEqual([]);
    await close();
  });

  it('is what a shared link opens, in a fresh browser', async () => {
    const { page, close } = await visit('search/?q=data&topic=privacy&municipality=ajax');
    expect(await titles(page)).toEqual([all.principles]);
    expect(await page.getByLabel('Endorsed by').inputValue()).toBe('ajax');
    await close();
  });
});

describe('a result in another language than the page', () => {
  it('says which language it is in, and is read out in it', async () => {
    const { page, errors, close } = await visit('search/?q=procedure');
    const result = page.locator('[data-search-list] li', { hasText: all.modele });
    expect(await result.locator('.meta').innerText()).toContain('In French');
    expect(await result.locator('h3 a').getAttribute('lang')).toBe('fr');
    expect(await result.locator('.excerpt').getAttribute('lang')).toBe('fr');
    // A result in the page's own language says nothing of its language.
    await page.getByLabel('Words to look for').fill('footage');
    await expect.poll(() => titles(page)).toEqual([all.cctv]);
    const cctv = page.locator('[data-search-list] li');
    expect(await cctv.locator('.meta').innerText()).not.toMatch(/In (English|French)/);
    expect(await cctv.locator('h3 a').getAttribute('lang')).toBeNull();
    expect(errors).toEqual([]);
    await close();
  });

  it('is labelled in the page’s language on the French site', async () => {
    const { page, errors, close } = await visit('fr/search/?q=footage');
    const result = page.locator('[data-search-list] li').first();
    expect(await result.locator('.meta').innerText()).toContain('En anglais');
    expect(await result.locator('h3 a').getAttribute('lang')).toBe('en');
    expect(await result.locator('.excerpt').getAttribute('lang')).toBe('en');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the policies list', () => {
  const shownTitles = (page: Page) => page.locator('tr[data-policy]:visible th > a').allTextContents();
  const shown = (page: Page) => page.locator('[data-policy-shown]').textContent();
  const filter = (page: Page, facet: string, option: string | RegExp) =>
    page.getByRole('group', { name: facet }).getByRole('radio', { name: option });

  it('opens filtered by the address, from a shared link and on reload', async () => {
    const { page, errors, close } = await visit('policies/?status=adopted&topic=privacy');
    const check = async () => {
      expect(await shownTitles(page)).toEqual([all.principles, all.whitby, all.modele]);
      expect(await filter(page, 'Status', /^Adopted/).isChecked()).toBe(true);
      expect(await filter(page, 'Topics', /^Privacy/).isChecked()).toBe(true);
      expect(await filter(page, 'Kind', 'All').isChecked()).toBe(true);
      expect(await shown(page)).toBe('Showing 3 of 8 policies.');
    };
    await check();
    await page.reload();
    await check();
    expect(search(page)).toBe('?status=adopted&topic=privacy');
    expect(errors).toEqual([]);
    await close();
  });

  it('writes each choice into the address, in place of the current history entry', async () => {
    const { page, errors, close } = await visit('policies/');
    expect(await shownTitles(page)).toHaveLength(8);
    expect(await shown(page)).toBe('');
    const entries = await page.evaluate(() => history.length);
    await filter(page, 'Status', /^Proposed/).check();
    await expect.poll(() => search(page)).toBe('?status=proposed');
    await filter(page, 'Topics', /^Open data/).check();
    await expect.poll(() => search(page)).toBe('?status=proposed&topic=open-data');
    expect(await shownTitles(page)).toEqual([all.openData]);
    expect(await shown(page)).toBe('Showing 1 of 8 policies.');
    // "All" leaves its facet out of the address.
    await filter(page, 'Status', 'All').check();
    await expect.poll(() => search(page)).toBe('?topic=open-data');
    expect(await page.evaluate(() => history.length)).toBe(entries);
    // The address is the list: a reload and a fresh browser show the same.
    await page.reload();
    expect(await shownTitles(page)).toEqual([all.principles, all.skills, all.openData, all.whitby]);
    const shared = await visit(`policies/${search(page)}`);
    expect(await shownTitles(shared.page)).toEqual([all.principles, all.skills, all.openData, all.whitby]);
    expect(await shown(shared.page)).toBe('Showing 4 of 8 policies.');
    expect(errors.concat(shared.errors)).toEqual([]);
    await shared.close();
    await close();
  });

  it('leaves out a value it does not offer, and keeps the rest of the address', async () => {
    const { page, close } = await visit('policies/?status=sideways&topic=privacy&ref=minutes#list');
    expect(await filter(page, 'Status', 'All').isChecked()).toBe(true);
    expect(await shownTitles(page)).toEqual([all.principles, all.cctv, all.whitby, all.modele]);
    expect(new URL(page.url()).search + new URL(page.url()).hash).toBe('?topic=privacy&ref=minutes#list');
    await close();
  });

  it('says so when no policy matches', async () => {
    const { page, close } = await visit('policies/?status=withdrawn&topic=privacy');
    expect(await shownTitles(page)).toEqual([]);
    expect(await page.getByRole('status').textContent()).toBe('No policy matches these filters.');
    await close();
  });

  it('counts in French on the French site', async () => {
    const { page, close } = await visit('fr/policies/?topic=privacy');
    expect(await shown(page)).toBe('4 politiques affichées sur 8.');
    await close();
  });

  it('still filters with JavaScript off, though the address does not follow', async () => {
    const { page, close } = await visit('policies/?status=adopted', { javaScriptEnabled: false });
    // No script reads the address: the link opens the whole list…
    expect(await shownTitles(page)).toHaveLength(8);
    // …and choosing narrows it at once, with CSS alone.
    await filter(page, 'Status', /^Adopted/).check();
    expect(await shownTitles(page)).toEqual([all.cyberStandard, all.principles, all.whitby, all.modele]);
    expect(search(page)).toBe('?status=adopted');
    await close();
  });

  it('reads on a 375 px phone as one column of titles, each with its facts', async () => {
    const { page, errors, close } = await visit('policies/', { width: 375 });
    const box = page.locator('.table-scroll');
    expect(await box.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
    expect(await page.locator('table.policy-table thead th:visible').allInnerTexts()).toEqual(['Title']);
    expect(await page.locator('tr[data-policy] td:visible').count()).toBe(0);
    const principles = page.locator('tr[data-policy]', { hasText: all.principles });
    expect(await principles.locator('.folded').isVisible()).toBe(true);
    expect((await principles.locator('.folded').innerText()).replace(/\s+/g, ' ')).toBe(
      'Adopted Guideline Durham Region Version 1.1 June 1, 2025 Privacy, Open data',
    );
    // The filters fold away so that the list is in sight, unless the address uses them.
    expect(await page.locator('details.filters-box').getAttribute('open')).toBeNull();
    await page.goto(`${server.url}policies/?kind=guideline`);
    expect(await page.locator('details.filters-box').getAttribute('open')).toBe('');
    expect(errors).toEqual([]);
    await close();
  });

  it('is a seven-column table on a desktop, with no facts twice', async () => {
    const { page, close } = await visit('policies/');
    expect(await page.locator('table.policy-table thead th:visible').allInnerTexts()).toEqual([
      'Title',
      'Status',
      'Kind',
      'Topics',
      'Region',
      'Version',
      'Published',
    ]);
    expect(await page.locator('.folded:visible').count()).toBe(0);
    expect(await page.locator('details.filters-box').getAttribute('open')).toBe('');
    await close();
  });

  it.each([375, 1280])('has no axe violation, filtered, at %i px', async (width) => {
    const { page, errors, close } = await visit('policies/?status=adopted', { width, forAxe: true });
    const violations = await checkA11y(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('an empty result', () => {
  it('says so and suggests what to do', async () => {
    const { page, errors, close } = await visit('search/?q=zebracorn');
    expect(await status(page)).toBe('0 results for “zebracorn”');
    const empty = page.locator('[data-search-empty]');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.getByRole('heading').textContent()).toBe('No results');
    expect(await empty.innerText()).toContain('Nothing in the registry matches “zebracorn”.');
    expect(await empty.innerText()).toContain('Check the spelling, or try fewer or more general words.');
    expect(await empty.getByRole('link', { name: 'Browse every policy instead.' }).getAttribute('href')).toBe(
      '/policies/',
    );
    // No filter is on, so removing one is no suggestion.
    expect(await empty.getByRole('button', { name: 'Clear all filters' }).isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  it('offers to clear the filters when they are the cause', async () => {
    const { page, close } = await visit('search/?q=footage&topic=cybersecurity');
    const empty = page.locator('[data-search-empty]');
    expect(await empty.innerText()).toContain(
      'Nothing in the registry matches “footage” with these filters.',
    );
    await empty.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(() => titles(page)).toEqual([all.cctv]);
    expect(search(page)).toBe('?q=footage');
    expect(await empty.isVisible()).toBe(false);
    await close();
  });
});

describe('accessibility', () => {
  it.each(['light', 'dark'] as const)(
    'has no axe violation with results and filters open (%s scheme)',
    async (colorScheme) => {
      const { page, errors, close } = await visit('search/?q=data&status=adopted&municipality=ajax', {
        colorScheme,
        forAxe: true,
      });
      expect(await titles(page)).toEqual([all.principles]);
      expect(await page.locator('details.search-filters').getAttribute('open')).toBe('');
      const violations = await checkA11y(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    },
  );

  it('has no axe violation on an empty result', async () => {
    const { page, close } = await visit('search/?q=zebracorn&topic=privacy', { forAxe: true });
    const violations = await checkA11y(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await close();
  });

  it('announces the number of results in a status region', async () => {
    const { page, close } = await visit('search/?q=data');
    expect(await page.getByRole('status').textContent()).toBe('5 results for “data”');
    await close();
  });

  it('works from the keyboard alone', async () => {
    const { page, close } = await visit('search/');
    await page.getByLabel('Words to look for').focus();
    await page.keyboard.type('footage');
    await page.keyboard.press('Enter');
    await expect.poll(() => titles(page)).toEqual([all.cctv]);
    // Tab on from the search button to the filters, and tick the first one with the space bar.
    await page.keyboard.press('Tab'); // the search button
    await page.keyboard.press('Tab'); // the filters' summary
    await page.keyboard.press('Tab'); // the first check box: Policies
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('policy');
    await page.keyboard.press('Space');
    await expect.poll(() => search(page)).toBe('?q=footage&type=policy');
    await close();
  });

  it('says what to do when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}search/`);
    expect(await page.locator('.search-results').innerText()).toContain('Searching needs JavaScript');
    expect(await page.getByRole('link', { name: 'Browse every policy' }).first().getAttribute('href')).toBe(
      '/policies/',
    );
    await context.close();
  });
});

describe('under a sub-path base', () => {
  let site: StaticServer;

  beforeAll(async () => {
    const build = await buildRegistry({
      content: 'tests/fixtures/registry',
      name: 'search-base',
      args: ['--base', '/registry/'],
    });
    if (build.code !== 0) throw new Error(`The build under /registry/ failed:\n${build.output}`);
    site = await serveStatic(build.outDir, '/registry/');
  });

  afterAll(async () => {
    await site?.close();
  });

  it('loads the index from the site and links results under the base', async () => {
    const { page, errors, close } = await visit('policies/', { site });
    await page.getByRole('searchbox', { name: 'Search the registry' }).fill('footage');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/registry\/search\/\?q=footage$/);
    await settled(page);
    expect(await titles(page)).toEqual([all.cctv]);
    expect(await page.locator('[data-search-list] h3 a').getAttribute('href')).toBe(
      '/registry/policies/oshawa-cctv/',
    );
    expect(site.requests.some((request) => request.path.startsWith('/registry/pagefind/'))).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('a larger registry (300 synthetic policies)', () => {
  let site: StaticServer;
  let chunks: number;
  let checked: string;
  let buildOutput: string;
  let dist: string;

  beforeAll(async () => {
    const content = join(outputRoot, 'search-scale', 'content');
    const node = (...args: string[]) =>
      execFileSync(process.execPath, args, { cwd: projectRoot, encoding: 'utf8' });
    node('scripts/bench/generate.ts', '--policies', '300', '--out', content, '--seed', 'search', '--force');
    checked = node('scripts/check.ts', content);
    const build = await buildRegistry({ content, name: 'search-scale' });
    if (build.code !== 0) throw new Error(`The synthetic registry did not build:\n${build.output}`);
    chunks = readdirSync(join(build.outDir, 'pagefind', 'index')).length;
    buildOutput = build.output;
    dist = build.outDir;
    site = await serveStatic(build.outDir);
  });

  afterAll(async () => {
    await site?.close();
  });

  it('is generated valid by the benchmark generator', () => {
    expect(checked).toMatch(/^Content is valid: 300 policies/);
  });

  it('shows the newest proposals on the home page, and the search lists them all', async () => {
    const policies = JSON.parse(readFileSync(join(dist, 'data/policies.json'), 'utf8')) as {
      id: string;
      lang: string;
      status: string;
      guideline: string;
    }[];
    // Guidelines, not texts: the English site lists each guideline by its English text, or
    // else by its original.
    const listed = new Map<string, (typeof policies)[number]>();
    for (const policy of policies) {
      const kept = listed.get(policy.guideline);
      if (!kept || (kept.lang !== 'en' && (policy.lang === 'en' || policy.id === policy.guideline)))
        listed.set(policy.guideline, policy);
    }
    const proposed = [...listed.values()].filter((policy) => policy.status === 'proposed').length;
    expect(proposed).toBeGreaterThan(12);
    const open = sectionOf(readPage(dist, '/'), 'open-heading');
    expect(open.querySelectorAll('.card-list > li')).toHaveLength(12);
    const everyProposal = open.querySelector('a[href="/search/?status=proposed"]');
    expect(text(everyProposal)).toBe(`All ${proposed} proposals open for co-signing`);
    const { page, errors, close } = await visit('search/?status=proposed', { site });
    expect(await status(page)).toBe(`${proposed} results`);
    expect(errors).toEqual([]);
    await close();
  });

  it('builds without a bundler warning for every text', () => {
    expect(buildOutput).toContain('[build] Complete!');
    expect(buildOutput).not.toContain('MODULE_LEVEL_DIRECTIVE');
  });

  it('is browsed with one chunk of the word index, not all of them', async () => {
    expect(chunks).toBeGreaterThan(5);
    site.resetStats();
    const { page, errors, close } = await visit('search/', { site });
    const loaded = () =>
      site.requests.filter((request) => request.path.startsWith('/pagefind/index/')).length;
    expect(loaded()).toBe(1);
    expect(await status(page)).toMatch(/^\d{3} results$/);
    await page.getByLabel('Words to look for').fill('privacy');
    await page.getByLabel('Words to look for').press('Enter');
    await expect.poll(() => status(page)).toMatch(/results for “privacy”$/);
    expect(loaded()).toBeLessThan(chunks);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('search helpers', () => {
  it('read a search from the address and write it back in a stable order', () => {
    const query = readQuery(
      new URLSearchParams('sort=newest&topic=privacy&q=+cctv+&topic=privacy&status=&x=1'),
    );
    expect(query).toEqual({ q: ' cctv ', filters: { topic: ['privacy'] }, sort: 'newest' });
    expect(queryString(query)).toBe('q=cctv&topic=privacy&sort=newest');
    expect(readQuery(new URLSearchParams('sort=sideways')).sort).toBe('relevance');
    expect(queryString(readQuery(new URLSearchParams('')))).toBe('');
  });

  it('filter results by facet and count each facet as if its own choice were not made', () => {
    // Facets in order: type, topic, status, region, municipality, kind, adaptation, year.
    const table: FacetTable = {
      values: {
        type: ['policy', 'topic'],
        topic: ['privacy', 'open-data'],
        status: ['adopted', 'proposed'],
        region: [],
        municipality: ['ajax', 'oshawa'],
        kind: [],
        adaptation: [],
        year: [],
      },
      pages: {
        a: [[0], [0], [0], [], [0, 1], [], [], []],
        b: [[0], [0, 1], [1], [], [0], [], [], []],
        c: [[0], [1], [0], [], [], [], [], []],
        t: [[1], [], [], [], [], [], [], []],
      },
    };
    const results = ['t', 'c', 'b', 'a'].map((id) => ({ id }));
    const { kept, counts } = narrow(
      results,
      table,
      readQuery(new URLSearchParams('status=adopted&topic=privacy')),
    );
    expect(kept.map((result) => result.id)).toEqual(['a']);
    // b is proposed: it counts for status only; c is open data: for topic only.
    expect(counts.status).toEqual({ adopted: 1, proposed: 1 });
    expect(counts.topic).toEqual({ privacy: 1, 'open-data': 1 });
    expect(counts.municipality).toEqual({ ajax: 1, oshawa: 1 });
    expect(counts.type).toEqual({ policy: 1, topic: 0 });
    expect(narrow(results, table, readQuery(new URLSearchParams(''))).kept).toHaveLength(4);
    expect(narrow(results, table, readQuery(new URLSearchParams('topic=unknown'))).kept).toEqual([]);
  });

  it('split the municipality column off the facet table and merge it back', () => {
    const table: FacetTable = {
      values: {
        type: ['policy'],
        topic: ['privacy'],
        status: [],
        region: [],
        municipality: ['ajax', 'oshawa'],
        kind: [],
        adaptation: [],
        year: [],
      },
      pages: { a: [[0], [0], [], [], [1, 0], [], [], []], b: [[0], [], [], [], [], [], [], []] },
    };
    const copy = structuredClone(table);
    const { main, deferred } = splitFacetTable(copy, DEFERRED_FACET);
    expect(main.values.municipality).toEqual([]);
    expect(main.pages.a![4]).toEqual([]);
    expect(deferred).toEqual({ values: ['ajax', 'oshawa'], pages: { a: [1, 0] } });
    mergeFacetColumn(main, DEFERRED_FACET, deferred);
    expect(main).toEqual(table);
  });

  it('sort titles without regard to case or accents', () => {
    expect(titleSortKey('Modèle d’évaluation')).toBe('modele d evaluation');
  });

  it('give Pagefind ASCII apostrophes in text, never in attributes', () => {
    expect(textForIndexing('<p data-value="l’accès">Modèle d’évaluation, l’accès</p>')).toBe(
      '<p data-value="l’accès">Modèle d\'évaluation, l\'accès</p>',
    );
    expect(pageUrl('policies/x/index.html')).toBe('/policies/x/');
  });

  it('give Pagefind no element ids, so fragments carry no anchors', () => {
    expect(
      textForIndexing('<h2 class="a" id="purpose">1. Purpose <a href="#purpose">#</a></h2><p>id="x"</p>'),
    ).toBe('<h2 class="a">1. Purpose <a href="#purpose">#</a></h2><p>id="x"</p>');
  });
});
