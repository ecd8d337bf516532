/**
 * The co-signing matrix of a region page, for its coordinator: a legend that needs no
 * colour, totals, withdrawn and superseded guidelines apart, the member column in view on a
 * phone, a whole printout, and the chase list of who is still to sign what.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { HTMLElement } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readPage, tableRows, text } from './support/html.ts';
import { launchBrowser } from './support/chromium.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const dist = inject('fixtureDist');
const page = readPage(dist, '/regions/durham/');
const matrix = page.querySelector('table.matrix')!;
const members = ['Ajax', 'Pickering', 'Whitby', 'Oshawa', 'Brock'];

/** Every stylesheet the page loads, whitespace removed: Astro minifies some and not others. */
function stylesOf(html: HTMLElement): string {
  const linked = html
    .querySelectorAll('link[rel=stylesheet]')
    .map((link) => readFileSync(join(dist, link.getAttribute('href')!), 'utf8'));
  const inline = html.querySelectorAll('style').map((style) => style.textContent);
  return [...linked, ...inline].join('\n').replace(/\s+/g, '');
}

describe('the co-signing matrix', () => {
  it('has a legend that names each state and shows its mark, with no colour needed', () => {
    const legend = page.querySelector('.matrix-legend')!;
    expect(text(legend.querySelector('h3'))).toBe('Key');
    const items = legend.querySelectorAll('li');
    expect(items.map((li) => text(li.querySelector('strong')))).toEqual([
      'Current version',
      'Earlier version',
      'Rescinded',
      'No decision',
      'No longer open for signing',
      'Still to sign',
    ]);
    expect(text(items[1])).toBe('Earlier version: stands by an earlier version, re-endorsement pending');
    // Each state has its own shape; the one beside its label is decoration.
    const shapes = items.slice(0, 4).map((li) => li.querySelector('svg.mark')!);
    expect(shapes.map((svg) => svg.getAttribute('aria-hidden'))).toEqual(['true', 'true', 'true', 'true']);
    expect(new Set(shapes.map((svg) => svg.innerHTML)).size).toBe(4);
  });

  it('marks every cell with its state’s shape and a text alternative', () => {
    const cell = (row: number, column: number) =>
      matrix.querySelectorAll('tbody tr')[row]!.querySelectorAll('td')[column]!;
    const mark = (row: number, column: number) => {
      const svg = cell(row, column).querySelector('svg.mark')!;
      expect(svg.getAttribute('role')).toBe('img');
      return svg.getAttribute('aria-label');
    };
    // Data principles: Ajax 1.1, Pickering 1.0, Whitby adapted 1.1, Oshawa rescinded, Brock none.
    expect([0, 1, 2, 3, 4].map((row) => mark(row, 0))).toEqual([
      'Current version',
      'Earlier version',
      'Current version',
      'Rescinded',
      'No decision',
    ]);
    expect(cell(1, 0).classList.contains('earlier')).toBe(true);
    // The open data standard: Whitby on its French translation, Brock on the English text.
    expect(mark(2, 1)).toBe('Current version');
    expect(mark(4, 1)).toBe('Current version');
  });

  it('puts withdrawn guidelines after the live ones, under their own heading, in grey', () => {
    const headings = matrix.querySelectorAll('thead th[scope=col].guideline');
    expect(headings.map((th) => text(th.querySelector('a')))).toEqual([
      'Fixture Data Principles',
      'Fixture Open Data Standard',
      'Fixture Digital Skills Guideline',
    ]);
    const groups = matrix.querySelectorAll('thead th[scope=colgroup]');
    expect(groups.map((th) => [text(th), th.getAttribute('colspan')])).toEqual([
      ['Open for signing', '2'],
      ['No longer open for signing', '1'],
    ]);
    expect(text(headings[2]!.querySelector('.closed-status'))).toBe('Withdrawn');
    expect(headings[2]!.classList.contains('closed')).toBe(true);
    expect(headings.slice(0, 2).map((th) => th.classList.contains('closed'))).toEqual([false, false]);
    // Every cell of its column is grey too: none is coloured as signed or pending.
    for (const row of matrix.querySelectorAll('tbody tr'))
      expect(row.querySelectorAll('td')[2]!.classList.contains('closed')).toBe(true);
    expect(matrix.querySelectorAll('colgroup.closed')).toHaveLength(1);
  });

  it('names what replaced a superseded guideline', () => {
    const shoreline = readPage(dist, '/regions/shoreline/').querySelector('table.matrix')!;
    const headings = shoreline.querySelectorAll('thead th[scope=col].guideline');
    expect(headings.map((th) => text(th.querySelector('a')))).toEqual([
      'Fixture Cybersecurity Standard',
      'Fixture Cybersecurity Baseline',
    ]);
    expect(text(headings[1]!.querySelector('.closed-status'))).toBe(
      'Superseded by Fixture Cybersecurity Standard',
    );
    expect(headings[1]!.querySelector('.closed-status a')!.getAttribute('href')).toBe(
      '/policies/cyber-standard/',
    );
  });

  it('leaves drafts out', () => {
    expect(text(matrix)).not.toContain('Secret');
    expect(readFileSync(join(dist, 'regions/durham/chase-list.csv'), 'utf8')).not.toContain('secret-draft');
  });

  it('totals each guideline and what each member still has to sign', () => {
    const totals = matrix.querySelectorAll('tfoot tr th, tfoot tr td').map((cell) => text(cell));
    expect(totals).toEqual([
      'Totals',
      // How the standing decisions took it, as on the policy page (Whitby adapted it).
      '2 of 5 on 1.1 · 1 on an earlier version · 1 rescinded Adopted as is: 2 · adapted: 1',
      '2 of 5 on 1.0',
      '0 of 5 on 1.0',
      '6',
    ]);
    const rows = tableRows(matrix);
    expect(rows.map((row) => [row[0], row.at(-1)])).toEqual([
      ['Ajax', '1'],
      ['Pickering', '2'],
      ['Whitby', '0'],
      ['Oshawa', '2'],
      ['Brock', '1'],
    ]);
  });

  it('keeps the member column in view and prints whole, in landscape, with its headings on every page', () => {
    for (const cell of matrix.querySelectorAll('tbody th[scope=row], tfoot th[scope=row], thead .member'))
      expect(cell.classList.contains('member')).toBe(true);
    const css = stylesOf(page);
    const sticky = css.match(/\.member\[[^\]]+\]\{([^}]*)\}/)![1];
    expect(sticky).toContain('position:sticky');
    expect(sticky).toContain('inset-inline-start:0');
    expect(css).toContain('@pagematrix{size:landscape');
    expect(css).toMatch(/@mediaprint\{[^@]*body:has\(\.matrix\)\{page:matrix\}/);
    expect(css).toMatch(/\.matrix\[[^\]]+\]thead\[[^\]]+\]\{display:table-header-group\}/);
    expect(css).toMatch(/\.matrix-scroll\[[^\]]+\]\{overflow:visible\}/);
  });
});

describe('the chase list', () => {
  const rows = (path: string) =>
    parse(readFileSync(join(dist, path), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];

  it('is linked from the region page', () => {
    const link = page.querySelector('.chase-list a')!;
    expect(link.getAttribute('href')).toBe('/regions/durham/chase-list.csv');
    expect(readPage(dist, '/fr/regions/durham/').querySelector('.chase-list a')!.getAttribute('href')).toBe(
      '/fr/regions/durham/chase-list.csv',
    );
  });

  it('has a row for each member and guideline it is still asked to sign, with the decision it answers', () => {
    const list = rows('regions/durham/chase-list.csv');
    expect(list.map((row) => [row.municipality, row.guideline, row.request])).toEqual([
      ['ajax', 'open-data-standard', 'first'],
      ['pickering', 'data-principles', 're-endorsement'],
      ['pickering', 'open-data-standard', 'first'],
      ['oshawa', 'data-principles', 'return'],
      ['oshawa', 'open-data-standard', 'first'],
      ['brock', 'data-principles', 'first'],
    ]);
    expect(list[1]).toEqual({
      municipality: 'pickering',
      municipalityName: 'Pickering',
      guideline: 'data-principles',
      policy: 'data-principles',
      title: 'Fixture Data Principles',
      version: '1.1',
      request: 're-endorsement',
      decisionAction: 'co-signed',
      decisionVersion: '1.0',
      decisionDate: '2024-03-01',
      decisionInstrument: 'DEMO-F-02',
      councilPackage:
        'https://common-ground.example.ca/policies/data-principles/council-package/?for=pickering',
    });
    expect(list[3]).toMatchObject({ decisionAction: 'rescinded', decisionDate: '2025-01-10' });
    expect(list[5]).toMatchObject({ decisionAction: '', decisionVersion: '', decisionInstrument: '' });
    // Whitby stands behind everything open; the withdrawn guideline asks nobody anything.
    expect(list.some((row) => row.municipality === 'whitby' || row.guideline === 'skills-guideline')).toBe(
      false,
    );
  });

  it('comes in French with the French texts and council packages, under the same column names', () => {
    const list = rows('fr/regions/durham/chase-list.csv');
    expect(Object.keys(list[0]!)).toEqual(Object.keys(rows('regions/durham/chase-list.csv')[0]!));
    expect(list[0]).toMatchObject({
      guideline: 'open-data-standard',
      policy: 'norme-donnees-ouvertes',
      title: 'Norme de données ouvertes du jeu d’essai',
      councilPackage:
        'https://common-ground.example.ca/fr/policies/norme-donnees-ouvertes/council-package/?for=ajax',
    });
  });

  it('is only a header line for a region with nothing left to ask', () => {
    const csv = readFileSync(join(dist, 'regions/shoreline/chase-list.csv'), 'utf8');
    expect(csv.trim().split('\r\n')).toHaveLength(1);
  });
});

describe('in a browser', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(dist)]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps the member names in view when the table scrolls sideways on a 375 px phone', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const tab = await context.newPage();
    await tab.goto(`${server.url}regions/durham/`);
    const scroller = tab.locator('.matrix-scroll');
    const name = tab.locator('tbody th[scope=row]', { hasText: 'Pickering' });
    const firstCell = tab.locator('tbody tr').nth(1).locator('td').first();
    await name.scrollIntoViewIfNeeded();
    const before = (await name.boundingBox())!;
    const box = (await scroller.boundingBox())!;
    // The table is wider than the phone: it scrolls inside its own box, not the page.
    const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
    }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const cellBefore = (await firstCell.boundingBox())!;
    await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    const after = (await name.boundingBox())!;
    const cellAfter = (await firstCell.boundingBox())!;
    expect(cellAfter.x).toBeLessThan(cellBefore.x - 100);
    expect(after.x).toBeCloseTo(before.x, 0);
    expect(after.x).toBeGreaterThanOrEqual(box.x - 1);
    expect(after.x + after.width).toBeLessThanOrEqual(375);
    // Still the topmost thing there: the scrolled cells pass under it.
    const top = await tab.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('th')?.textContent,
      [after.x + 5, after.y + after.height / 2],
    );
    expect(top).toBe('Pickering');
    await context.close();
  });

  it('prints every guideline and every member on landscape pages, without the site’s navigation', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}regions/durham/`);
    // As the print dialog does: the page's own @page size.
    const pdf = await tab.pdf({ preferCSSPageSize: true, printBackground: true });
    await tab.close();
    const document = await getDocumentProxy(new Uint8Array(pdf));
    const [, , width, height] = (await document.getPage(1)).view;
    expect(width).toBeGreaterThan(height!);
    const { text: printed } = await extractText(document, { mergePages: true });
    const flat = printed.replace(/\s+/g, ' ');
    for (const title of [
      'Fixture Data Principles',
      'Fixture Open Data Standard',
      'Fixture Digital Skills Guideline',
      'Withdrawn',
      'Still to sign',
      '2 of 5 on 1.1',
    ])
      expect(flat).toContain(title);
    const rows = flat.slice(flat.indexOf('Member council'));
    for (const member of members) expect(rows).toContain(member);
    expect(flat).toContain('Current version');
    for (const chrome of ['Skip to main content', 'Municipalities Regions Topics', 'Download the chase list'])
      expect(flat).not.toContain(chrome);
  });
});
