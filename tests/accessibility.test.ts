/**
 * WCAG 2.0 AA (AODA) and beyond: every page type of the built sample registry passes
 * axe-core in real Chromium, in light and dark schemes, and reads at 320 px wide.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkA11y, formatViolations } from './support/axe.ts';
import { launchBrowser } from './support/chromium.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const pageTypes = {
  home: '',
  'policies index': 'policies/',
  policy: 'policies/durham-data-principles/',
  'French policy': 'policies/cadre-participation-publique/',
  'policy version': 'policies/durham-data-principles/v/1.0/',
  'changes between versions': 'policies/durham-data-principles/changes/1.0...1.1/',
  // Brock adapted version 1.0: its page also lists what the region has changed since.
  'local adaptation': 'policies/brock-data-principles/',
  'differences from the regional text': 'policies/oshawa-data-principles/differences/',
  'council package': 'policies/durham-data-principles/council-package/?for=clarington',
  'policy with callouts, definitions and clauses': 'policies/durham-privacy-impact-assessment-template/',
  'municipalities index': 'municipalities/',
  municipality: 'municipalities/ajax/',
  'regions index': 'regions/',
  region: 'regions/durham-region/',
  'topics index': 'topics/',
  topic: 'topics/privacy/',
  search: 'search/?q=privacy',
  'due for review': 'review/',
  'embeds for council websites': 'embed/',
  "municipality's decisions list, for an iframe": 'municipalities/ajax/embed.html',
  'not found': 'no-such-page/',
};

/** Every page type in both languages (the 404 page is the same for both). */
const allPages = [
  ...Object.entries(pageTypes),
  ...Object.entries(pageTypes)
    .filter(([name]) => name !== 'not found')
    .map(([name, path]) => [`French ${name}`, `fr/${path}`] as [string, string]),
];

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveStatic(inject('sampleDist'))]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(['light', 'dark'] as const)('%s scheme', (colorScheme) => {
  it.each(allPages)('%s page has no axe violation', async (_, path) => {
    // axe is injected as an inline script, which the site's Content-Security-Policy refuses
    // (csp.test.ts checks the pages under that policy).
    const context = await browser.newContext({ colorScheme, bypassCSP: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(server.url + path);
    const violations = await checkA11y(page);
    await context.close();
    expect(violations, formatViolations(violations)).toEqual([]);
    // The not-found page is served with status 404, which Chromium logs as a console error.
    expect(errors.filter((error) => !error.includes('404'))).toEqual([]);
  });
});

describe('narrow screens', () => {
  it.each(allPages)('%s page fits 320 px without sideways scrolling', async (_, path) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(server.url + path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.close();
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('a phone reader', () => {
  it.each([
    ['English', 'policies/durham-data-principles/'],
    ['French original', 'fr/policies/cadre-participation-publique/'],
  ])('finds the text of a policy (%s) within the first two screens at 375 px', async (_, path) => {
    const page = await browser.newPage({ viewport: { width: 375, height: 667 } });
    await page.goto(server.url + path);
    const top = await page
      .locator('#text-heading')
      .evaluate((heading) => heading.getBoundingClientRect().top);
    await page.close();
    expect(top).toBeLessThan(2 * 667);
  });
});

describe('keyboard users', () => {
  it('reach the main content with the skip link first', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + 'policies/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('can filter the policies list without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + 'policies/');
    const visible = () => page.locator('tr[data-policy]:visible').count();
    const all = await visible();
    await page.getByRole('radio', { name: /^Proposed/ }).check();
    const proposed = await visible();
    expect(proposed).toBeGreaterThan(0);
    expect(proposed).toBeLessThan(all);
    // The status column's badge (the title cell holds a copy for phones, hidden here).
    expect(await page.locator('tr[data-policy]:visible td >> text=Proposed').count()).toBe(proposed);
    await context.close();
  });

  it('can sort the policies list by a column when JavaScript runs', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + 'policies/');
    await page.getByRole('button', { name: 'Published' }).click();
    const dates = await page
      .locator('tr[data-policy] td:last-child time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort());
    expect(await page.locator('th[aria-sort]').getAttribute('data-sort-key')).toBe('published');
    await page.close();
  });
});
