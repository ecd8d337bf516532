/**
 * The council package, printed to PDF by real Chromium as a clerk would, and the
 * copy-to-clipboard enhancement of the citations.
 */
import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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

async function pdfText(path: string): Promise<string> {
  const page = await browser.newPage();
  await page.goto(server.url + path);
  const pdf = await page.pdf({ format: 'Letter', printBackground: true });
  await page.close();
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('the council package', () => {
  it('prints the text with its hash, the co-signers and a filled-in resolution, without navigation', async () => {
    const text = await pdfText('policies/data-principles/council-package/?for=brock');
    // The text of the current version and its fingerprint.
    expect(text).toContain('Collect only what is needed for a stated purpose.');
    expect(text).toContain('Dispose of data when its retention period ends.');
    expect(text).toMatch(/sha256:\s?ecdc14b8e31fc6d9919833d1d457729b/);
    // The co-signers of this version with their instruments; not the rescinded or older ones.
    expect(text).toContain('DEMO-F-05');
    expect(text).toContain('DEMO-F-06');
    expect(text).not.toContain('DEMO-F-03');
    // The draft resolution, filled in for the municipality chosen in the address.
    // (The PDF's text may break the line after the hyphen of "co-signs".)
    expect(text).toMatch(
      /the Council of the Township of Brock co-\s?signs version 1\.1 of the Fixture Data Principles/,
    );
    expect(text).toContain('2 of 5 members of Durham Region have co-signed or adopted version 1.1');
    // No site chrome on paper.
    for (const chrome of [
      'Skip to main content',
      'Municipalities Regions Topics',
      'Common Ground is an open registry',
      'Prepare it for',
    ]) {
      expect(text).not.toContain(chrome);
    }
  });

  it('offers only the members that have not signed the current version', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + 'policies/data-principles/council-package/');
    const options = await page.locator('#package-for option').allTextContents();
    expect(options).toEqual([
      '[name of municipality]',
      'City of Pickering',
      'City of Oshawa',
      'Township of Brock',
    ]);
    await page.selectOption('#package-for', 'oshawa');
    expect(await page.locator('.council-name').first().textContent()).toBe('Council of the City of Oshawa');
    expect(page.url()).toContain('?for=oshawa');
    await page.selectOption('#package-for', '');
    expect(await page.locator('.council-name').first().textContent()).toBe(
      'Council of [name of municipality]',
    );
    expect(page.url()).not.toContain('?for=');
    await page.close();
  });

  it('keeps blanks to fill by hand when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + 'policies/data-principles/council-package/');
    expect(await page.locator('form.prepare').isVisible()).toBe(false);
    expect(await page.locator('.council-name').first().textContent()).toBe(
      'Council of [name of municipality]',
    );
    await context.close();
  });
});

describe('citations', () => {
  it('copy to the clipboard with one press when JavaScript runs', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(server.url + 'policies/data-principles/');
    await page.locator('details.cite summary').first().click();
    await page.getByRole('button', { name: 'Copy APA' }).first().click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Durham Region\. \(2025\)\. Fixture Data Principles \(Version 1\.1\)/);
    expect(await page.locator('details.cite [role=status]').first().textContent()).toBe(
      'Copied to the clipboard.',
    );
    await context.close();
  });

  it('are plain selectable text with no copy button when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + 'policies/data-principles/');
    await page.locator('details.cite summary').first().click();
    expect(await page.locator('details.cite .copy').first().isVisible()).toBe(false);
    expect(await page.locator('details.cite pre').first().isVisible()).toBe(true);
    await context.close();
  });
});
