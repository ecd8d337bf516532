/**
 * A national registry's policies list is read page by page: the fixture registry built with
 * three policies to a list page (global-setup.ts), as 10,000 policies are built with 1,000.
 * Every policy is on exactly one page, in title order; the pages link to each other with no
 * JavaScript, pass axe in Chromium, and are not cited addresses. The fixture's own build, on
 * one page, keeps the list that filters itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtAddresses } from '../src/integration/addresses.ts';
import { checkA11y, formatViolations } from './support/axe.ts';
import { buildRegistry, PAGED_PER_PAGE } from './support/build.ts';
import { launchBrowser } from './support/chromium.ts';
import { readPage, text } from './support/html.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const paged = inject('pagedDist');
const whole = inject('fixtureDist');

/** The titles a list page shows, in its order. */
const titles = (dist: string, path: string) =>
  readPage(dist, path)
    .querySelectorAll('table.policy-table tbody th[scope=row] > a')
    .map((link) => text(link));

describe.each([
  ['en', ''],
  ['fr', '/fr'],
] as const)('the paged policies list (%s)', (lang, prefix) => {
  const pagePaths = [`${prefix}/policies/`, `${prefix}/policies/page/2/`, `${prefix}/policies/page/3/`];

  it('shows every listed policy once, in title order, a page at a time', () => {
    const onePage = titles(whole, `${prefix}/policies/`);
    expect(onePage.length).toBeGreaterThan(2 * PAGED_PER_PAGE);
    const pages = pagePaths.map((path) => titles(paged, path));
    for (const page of pages.slice(0, -1)) expect(page).toHaveLength(PAGED_PER_PAGE);
    expect(pages.flat()).toEqual([...onePage].sort(new Intl.Collator(lang).compare));
    expect(existsSync(join(paged, `${prefix}/policies/page/4/index.html`))).toBe(false);
    // Page 1 is the list's own address, never a second one.
    expect(existsSync(join(paged, `${prefix}/policies/page/1/index.html`))).toBe(false);
  });

  it('links each page to the others, says where the reader is, and which rows these are', () => {
    const page = readPage(paged, pagePaths[1]!);
    const nav = page.querySelectorAll('nav.list-pages')[0]!;
    const links = nav.querySelectorAll('a');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([pagePaths[0], ...pagePaths, pagePaths[2]]);
    expect(nav.querySelector('a[rel=prev]')?.getAttribute('href')).toBe(pagePaths[0]);
    expect(nav.querySelector('a[rel=next]')?.getAttribute('href')).toBe(pagePaths[2]);
    expect(nav.querySelector('[aria-current=page]')?.getAttribute('href')).toBe(pagePaths[1]);
    expect(text(page.querySelector('h1'))).toBe(
      lang === 'en' ? 'Policies, page 2 of 3' : 'Politiques, page 2 sur 3',
    );
    expect(text(page.querySelector('p.range'))).toBe(
      lang === 'en' ? 'Policies 4 to 6 of 8.' : 'Politiques 4 à 6 sur 8.',
    );
    // The first page has no previous page, the last no next one.
    expect(readPage(paged, pagePaths[0]!).querySelector('a[rel=prev]')).toBeNull();
    expect(readPage(paged, pagePaths[2]!).querySelector('a[rel=next]')).toBeNull();
  });

  it('narrows the whole registry through its region, topic and search pages, not a filter of one page', () => {
    for (const path of pagePaths) {
      const page = readPage(paged, path);
      expect(page.querySelector('form[data-policy-filters]'), path).toBeNull();
      // A page's rows must not sort as if they were the whole list: no sort buttons, no script.
      expect(page.querySelector('th[data-sort-key]'), path).toBeNull();
      expect(page.querySelectorAll('script[type=module]'), path).toHaveLength(0);
      const hrefs = page.querySelectorAll('.narrow a').map((a) => a.getAttribute('href'));
      expect(hrefs).toEqual([`${prefix}/regions/`, `${prefix}/topics/`, `${prefix}/search/`]);
    }
    // On one page, the list filters and sorts itself, as before.
    const one = readPage(whole, `${prefix}/policies/`);
    expect(one.querySelector('form[data-policy-filters]')).not.toBeNull();
    expect(one.querySelectorAll('th[data-sort-key]')).toHaveLength(7);
    expect(one.querySelector('nav.list-pages')).toBeNull();
    expect(existsSync(join(whole, `${prefix}/policies/page`))).toBe(false);
  });
});

describe('a topic with more policies than a page holds', () => {
  it('lists them a page at a time, by title, and is searched for once', () => {
    const cards = (dist: string, path: string) =>
      readPage(dist, path)
        .querySelectorAll('.card-list h3 a')
        .map((link) => text(link));
    const all = cards(whole, '/topics/privacy/');
    expect(all.length).toBeGreaterThan(PAGED_PER_PAGE);
    const pages = [cards(paged, '/topics/privacy/'), cards(paged, '/topics/privacy/page/2/')];
    expect(pages[0]).toHaveLength(PAGED_PER_PAGE);
    expect(pages.flat()).toEqual([...all].sort(new Intl.Collator('en').compare));
    const second = readPage(paged, '/topics/privacy/page/2/');
    expect(second.querySelector('nav.list-pages [aria-current=page]')?.getAttribute('href')).toBe(
      '/topics/privacy/page/2/',
    );
    // Only the topic's first page is in the search index: the same pages are indexed either way.
    expect(second.querySelector('[data-pagefind-body]')).toBeNull();
    expect(readPage(paged, '/topics/privacy/').querySelector('[data-pagefind-body]')).not.toBeNull();
    const entry = (dist: string) => readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8');
    const counts = (dist: string) =>
      Object.values(JSON.parse(entry(dist)).languages as Record<string, { page_count: number }>).map(
        (language) => language.page_count,
      );
    expect(counts(paged)).toEqual(counts(whole));
  });
});

it.each(['ten', '0', '2.5'])(
  'stops the build, naming the setting and its fix, when a list page would hold %s policies',
  async (perPage) => {
    const result = await buildRegistry({
      content: 'tests/fixtures/registry',
      name: `per-page-${perPage}`,
      env: { COMMON_GROUND_POLICIES_PER_PAGE: perPage },
    });
    expect(result.code).not.toBe(0);
    const shown = perPage === 'ten' ? 'NaN' : perPage;
    expect(result.output).toContain(
      `policiesPerPage is "${shown}": it must be a whole number of policies, 1 or more. Nothing was built.`,
    );
    expect(result.output).toContain('COMMON_GROUND_POLICIES_PER_PAGE');
    expect(result.output).not.toMatch(/^\s+at /m);
    expect(existsSync(result.outDir)).toBe(false);
  },
);

it('keeps list pages out of the address manifest and the sitemap: they are not cited', () => {
  const sitemap = readFileSync(join(paged, 'sitemap.xml'), 'utf8');
  expect(sitemap).not.toMatch(/\/page\/\d/);
  expect(sitemap).toMatch(/\/topics\/privacy\//);
  expect(sitemap).toMatch(/\/policies\/data-principles\//);
  const addresses = [...builtAddresses(paged)];
  expect(addresses.filter((address) => /\/page\/\d/.test(address))).toEqual([]);
  expect(addresses).toContain('/fr/topics/privacy/');
});

describe('in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(paged)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('goes from page to page with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}policies/`);
    const pages = page.getByRole('navigation', { name: 'Pages of the policies list' }).first();
    await pages.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(/\/policies\/page\/2\/$/);
    expect(await pages.locator('[aria-current=page]').textContent()).toMatch(/^Page 2/);
    await expect.poll(() => page.locator('table.policy-table tbody tr').count()).toBe(PAGED_PER_PAGE);
    await context.close();
  });

  it.each(['policies/', 'policies/page/2/', 'fr/policies/page/3/', 'fr/topics/privacy/page/2/'])(
    '%s has no axe violation, light or dark',
    async (path) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ colorScheme, bypassCSP: true });
        const page = await context.newPage();
        await page.goto(`${server.url}${path}`);
        const violations = await checkA11y(page);
        expect(violations, formatViolations(violations)).toEqual([]);
        await context.close();
      }
    },
  );
});
