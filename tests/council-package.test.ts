/**
 * The council package: a staff report, a draft resolution and the text for signature,
 * written for the member chosen (a first signature, a re-endorsement or a return after a
 * rescission), as built and as printed to PDF by real Chromium, as a clerk would; and the
 * copy-to-clipboard enhancement of the citations; and a member's Word file, written in the
 * browser when a clerk asks.
 *
 * The fixture's Fixture Data Principles (Durham Region, version 1.1): Ajax and Whitby stand
 * behind 1.1 (nothing to sign), Pickering's committee co-signed 1.0 (re-endorsement), Oshawa
 * rescinded 1.0 (return), Brock has decided nothing (first signature).
 */
import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/chromium.ts';
import { readPage, tableRows, text } from './support/html.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const fixture = inject('fixtureDist');
const packagePath = 'policies/data-principles/council-package/';
const address = 'https://common-ground.example.ca/policies/data-principles/v/1.1/';
const hash = 'sha256:ecdc14b8e31fc6d9919833d1d457729b3eeface62d201cad86f79fc3427d01c5';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveStatic(fixture)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The printed PDF's text, page by page, white space collapsed. */
async function printed(page: Page): Promise<string[]> {
  const pdf = await page.pdf({ format: 'Letter', printBackground: true });
  const { text: pages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
    mergePages: false,
  });
  return pages.map((words) => words.replace(/\s+/g, ' '));
}

async function printedPackage(path: string, javaScriptEnabled = true): Promise<string[]> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(server.url + path);
  const pages = await printed(page);
  await context.close();
  return pages;
}

/** The text of one variant of the package: the generic one (`''`) or a member's. */
function variant(path: string, member: string, selector: string): string {
  return text(readPage(fixture, path).querySelector(`${selector} [data-for="${member}"]`));
}

describe('the council package as built', () => {
  const page = readPage(fixture, packagePath);

  it('is a staff report with the fields of a municipal staff report, and lines to fill', () => {
    expect(page.querySelectorAll('.report dt').map(text)).toEqual([
      'To',
      'From',
      'Date',
      'Report number',
      'Subject',
      'Recommendation',
      'Background',
      'Co-signing so far',
      'Text for signature',
      'Financial implications',
      'Attachments',
      'Prepared by',
    ]);
    expect(page.querySelectorAll('.report .fill').map(text)).toEqual([
      '[department]',
      '[date]',
      '[report number]',
      '[name and title]',
    ]);
    const report = text(page.querySelector('.report'));
    expect(report).toContain('Mayor and Members of Council');
    expect(report).toContain('None identified by Durham Region; staff to confirm.');
    expect(report).toContain(
      `The original text, in English, of version 1.1: its SHA-256 fingerprint is ${hash}`,
    );
    // The co-signers: standing decisions on 1.1 only, not the rescinded or the older ones.
    expect(tableRows(page.querySelector('.report table')!)).toEqual([
      ['Whitby', 'Adapted', 'August 1, 2025', 'Council', 'DEMO-F-06'],
      ['Ajax', 'Co-signed', 'July 1, 2025', 'Council', 'DEMO-F-05'],
    ]);
  });

  it('offers each member what it is asked to sign, and only those with something to sign', () => {
    expect(page.querySelectorAll('input[name="for"]').map((radio) => radio.getAttribute('value'))).toEqual([
      '',
      'pickering',
      'oshawa',
      'brock',
    ]);
    expect(tableRows(page.querySelector('.prepare table')!)).toEqual([
      [
        'Town of Ajax',
        'Nothing: it stands behind version 1.1 Co-signed version 1.1 on July 1, 2025 (DEMO-F-05)',
      ],
      [
        'City of Pickering',
        'A re-endorsement: version 1.1 replaces its decision on 1.0 Co-signed version 1.0 on March 1, 2024 (DEMO-F-02)',
      ],
      [
        'Town of Whitby',
        'Nothing: it stands behind version 1.1 Adapted version 1.1 on August 1, 2025 (DEMO-F-06)',
      ],
      [
        'City of Oshawa',
        'A return: co-signing version 1.1 again Rescinded version 1.0 on January 10, 2025 (DEMO-F-04)',
      ],
      ['Township of Brock', 'A first signature of version 1.1 No decision'],
    ]);
    // A member that stands behind the current version has no paragraphs of its own.
    expect(page.querySelector('[data-for="ajax"]')).toBeNull();
    expect(page.querySelector('[data-for="whitby"]')).toBeNull();
  });

  it('asks a member whose decision is on an earlier version to re-endorse, replacing it', () => {
    expect(variant(packagePath, 'pickering', '.report')).toBe(
      'Re-endorsing the Fixture Data Principles: version 1.1 replaces version 1.0',
    );
    expect(text(page.querySelectorAll('.report [data-for="pickering"]')[1])).toBe(
      'That Council co-sign version 1.1 of the Fixture Data Principles, as published by Durham Region on June 1, 2025, to replace its decision DEMO-F-02 of March 1, 2024 on version 1.0.',
    );
    const background = text(page.querySelectorAll('.report [data-for="pickering"]')[2]);
    expect(background).toContain(
      'On March 1, 2024, the General Government Committee of the Council of the City of Pickering co-signed version 1.0 (DEMO-F-02).',
    );
    // What changed since: the `changes` of each version since, and the comparison page.
    expect(background).toContain(
      'What changed since version 1.0: Version 1.1 (June 1, 2025): Adds a principle on disposing of data when its retention period ends',
    );
    const compare = page.querySelectorAll('.report [data-for="pickering"]')[2]!.querySelector('a')!;
    expect(compare.getAttribute('href')).toBe('/policies/data-principles/changes/1.0...1.1/');
    expect(text(compare)).toBe(
      'https://common-ground.example.ca/policies/data-principles/changes/1.0...1.1/',
    );
    const resolution = variant(packagePath, 'pickering', '.draft');
    expect(resolution).toContain(
      'AND WHEREAS the General Government Committee of the Council of the City of Pickering co-signed version 1.0 of the Fixture Data Principles by decision DEMO-F-02 of March 1, 2024;',
    );
    expect(resolution).toContain(
      'NOW THEREFORE BE IT RESOLVED THAT the Council of the City of Pickering co-signs version 1.1 of the Fixture Data Principles, which replaces its decision DEMO-F-02 of March 1, 2024;',
    );
  });

  it('asks a member that rescinded to co-sign again, citing its rescission and its reasons', () => {
    expect(variant(packagePath, 'oshawa', '.report')).toBe(
      'Co-signing the Fixture Data Principles again, version 1.1',
    );
    const [, recommendation, background] = page.querySelectorAll('.report [data-for="oshawa"]').map(text);
    expect(recommendation).toBe(
      'That Council co-sign version 1.1 of the Fixture Data Principles again, as published by Durham Region on June 1, 2025, its endorsement of version 1.0 having been rescinded by decision DEMO-F-04 of January 10, 2025.',
    );
    expect(background).toContain(
      'On January 10, 2025, the Council of the City of Oshawa rescinded its endorsement of version 1.0 (DEMO-F-04). Its reasons, as recorded: Rescinded pending a records review.',
    );
    expect(background).toContain('What changed since version 1.0: Version 1.1 (June 1, 2025)');
    const resolution = variant(packagePath, 'oshawa', '.draft');
    expect(resolution).toContain(
      'AND WHEREAS the Council of the City of Oshawa rescinded its endorsement of version 1.0 of the Fixture Data Principles by decision DEMO-F-04 of January 10, 2025;',
    );
    expect(resolution).toContain(
      'NOW THEREFORE BE IT RESOLVED THAT the Council of the City of Oshawa co-signs version 1.1 of the Fixture Data Principles again;',
    );
  });

  it('asks a member that has decided nothing for its first signature', () => {
    const [subject, recommendation, background] = page
      .querySelectorAll('.report [data-for="brock"]')
      .map(text);
    expect(subject).toBe('Co-signing the Fixture Data Principles, version 1.1');
    expect(recommendation).toBe(
      'That Council co-sign version 1.1 of the Fixture Data Principles, as published by Durham Region on June 1, 2025.',
    );
    expect(background).toBe(
      'The registry records no decision of the Council of the Township of Brock on this guideline: this would be its first signature.',
    );
    const resolution = variant(packagePath, 'brock', '.draft');
    expect(resolution).toContain(
      'NOW THEREFORE BE IT RESOLVED THAT the Council of the Township of Brock co-signs version 1.1 of the Fixture Data Principles;',
    );
    expect(resolution).not.toContain('replaces');
    // The generic resolution leaves the council's name to fill by hand.
    expect(variant(packagePath, '', '.draft')).toContain(
      'NOW THEREFORE BE IT RESOLVED THAT the Council of [name of municipality] co-signs version 1.1',
    );
  });

  it('asks, on a translation’s page, for the signature of the original, by its hash', () => {
    const translation = readPage(fixture, '/policies/norme-donnees-ouvertes/council-package/');
    expect(text(translation.querySelector('.notice'))).toBe(
      'This is the French translation of Fixture Open Data Standard. Councils sign a guideline once, on its original text: this package asks them to sign the original, in English, version 1.0, whose text hash is sha256:c76db768f88cd0942ad30cd3f09b126be6675d1605f7537ed539d7d07ef641c4.',
    );
    expect(text(translation.querySelector('.report [data-for=""]'))).toBe(
      'Co-signing the Fixture Open Data Standard, version 1.0',
    );
    expect(text(translation.querySelector('#text-heading'))).toBe(
      'Attachment 1: Fixture Open Data Standard, Version 1.0',
    );
    expect(translation.querySelector('.attachment')!.hasAttribute('lang')).toBe(false);
    // The translation is linked, for reference, not signed.
    expect(text(translation.querySelector('.report'))).toContain(
      'Not attached: the French translation, for reference only: Norme de données ouvertes du jeu d’essai (https://common-ground.example.ca/policies/norme-donnees-ouvertes/; version 1.0)',
    );
    expect(text(translation.querySelector('.draft'))).not.toContain('Norme de données ouvertes');
    // Whitby signed the French text: that counts for the guideline, so it has nothing to sign.
    expect(
      translation.querySelectorAll('input[name="for"]').map((radio) => radio.getAttribute('value')),
    ).toEqual(['', 'ajax', 'pickering', 'oshawa']);
    // On the French site, the resolution says which text is signed and where the French one is.
    const french = readPage(fixture, '/fr/policies/open-data-standard/council-package/');
    expect(text(french.querySelector('.draft [data-for=""]'))).toContain(
      'ATTENDU QUE le texte signé est l’original, en anglais, et que sa traduction en français, publiée à https://common-ground.example.ca/fr/policies/norme-donnees-ouvertes/, est pour information seulement ;',
    );
    expect(french.querySelector('.attachment')!.getAttribute('lang')).toBe('en');
  });
});

describe('the council package printed', () => {
  it.each([
    [
      'pickering',
      'Re-endorsing the Fixture Data Principles: version 1.1 replaces version 1.0',
      'which replaces its decision DEMO-F-02 of March 1, 2024',
    ],
    [
      'oshawa',
      'Its reasons, as recorded: “Rescinded pending a records review.”',
      'Fixture Data Principles again;',
    ],
    [
      'brock',
      'this would be its first signature.',
      'the Council of the Township of Brock co-signs version 1.1',
    ],
  ])(
    'for %s: a staff report, its resolution and the text, with no site chrome',
    async (member, report, resolution) => {
      const pages = await printedPackage(`${packagePath}?for=${member}`);
      const all = pages.join(' ');
      for (const field of [
        'To Mayor and Members of Council',
        'From [department]',
        'Date [date]',
        'Report number [report number]',
      ]) {
        expect(all).toContain(field);
      }
      for (const field of [
        'Subject',
        'Recommendation',
        'Background',
        'Financial implications',
        'Attachments',
        'Prepared by [name and title]',
      ]) {
        expect(all).toContain(field);
      }
      // The member's own paragraphs, and no other member's. (The PDF's text may break a line
      // after the hyphen of "co-signs".)
      expect(all).toContain(report);
      expect(all.replace(/co- signs/g, 'co-signs')).toContain(resolution);
      const others = { pickering: 'DEMO-F-02', oshawa: 'records review', brock: 'Township of Brock' };
      for (const [other, words] of Object.entries(others)) {
        if (other !== member) expect(all, other).not.toContain(words);
      }
      expect(all).not.toContain('[name of municipality]');
      // The text for signature, whole.
      expect(all).toContain('Collect only what is needed for a stated purpose.');
      expect(all).toContain('Dispose of data when its retention period ends.');
      // No site header, navigation, search box, language link, banner, form or footer links.
      for (const chrome of [
        'Skip to main content',
        'Municipalities Regions Topics',
        'Search',
        'Français',
        'Common Ground is an open registry',
        'Prepare it for',
        'Where each member stands',
        'Open data',
      ]) {
        expect(all).not.toContain(chrome);
      }
      // The sample notice once, in the footer at the end, instead of the banner.
      expect(all.match(/Sample registry: the municipalities are real/g)).toHaveLength(1);
      expect(pages.at(-1)).toContain('Sample registry: the municipalities are real');
      // Every page's foot: the permanent address, the text's hash and the page number.
      pages.forEach((words, i) => {
        expect(words, `page ${i + 1}`).toContain(address);
        expect(words, `page ${i + 1}`).toContain(hash);
        expect(words, `page ${i + 1}`).toContain(`${i + 1} / ${pages.length}`);
      });
      // No word broken inside a table cell.
      expect(all).toContain('Ajax Co-signed July 1, 2025 Council DEMO-F-05');
      expect(all).not.toContain('Co- signed');
    },
  );

  it('is written for the member chosen with JavaScript off, and is generic until then', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}${packagePath}?for=brock`);
    // The address needs the script; the generic package and every member's standing show.
    expect(await page.locator('.draft [data-for=""]').isVisible()).toBe(true);
    expect(await page.locator('.draft [data-for="brock"]').isVisible()).toBe(false);
    expect(await page.locator('.prepare table').isVisible()).toBe(true);
    expect(await page.locator('[data-print]').isVisible()).toBe(false);
    await page.getByLabel('City of Pickering').check();
    expect(await page.locator('.draft [data-for=""]').isVisible()).toBe(false);
    expect(await page.locator('.draft [data-for="pickering"]').isVisible()).toBe(true);
    const all = (await printed(page)).join(' ');
    expect(all).toContain('which replaces its decision DEMO-F-02 of March 1, 2024');
    expect(all).not.toContain('[name of municipality]');
    await context.close();
  });

  it('is written for the member in the address, which choosing writes back', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${packagePath}?for=oshawa`);
    expect(await page.getByLabel('City of Oshawa').isChecked()).toBe(true);
    expect(await page.locator('.report [data-for="oshawa"]').first().isVisible()).toBe(true);
    expect(await page.locator('.report [data-for=""]').first().isVisible()).toBe(false);
    await page.getByLabel('Township of Brock').check();
    expect(page.url()).toContain('?for=brock');
    expect(await page.locator('.draft [data-for="brock"]').isVisible()).toBe(true);
    await page.getByLabel('No member chosen').check();
    expect(page.url()).not.toContain('?for=');
    expect(await page.locator('.draft [data-for=""]').isVisible()).toBe(true);
    expect(await page.locator('[data-print]').isVisible()).toBe(true);
    // A member with nothing to sign is not offered: the package stays generic.
    await page.goto(`${server.url}${packagePath}?for=ajax`);
    expect(await page.locator('.draft [data-for=""]').isVisible()).toBe(true);
    await page.close();
  });
});

describe("a member's Word file", () => {
  it('is written in the browser for the member a clerk picks, and saved under its name', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    server.resetStats();
    await page.goto(server.url + packagePath);
    // The zip library is fetched for the clerk who asks for a file, not for every reader.
    const before = server.requests.map((request) => request.path);
    expect(before.some((path) => path.endsWith('members.json') || path.endsWith('.docx'))).toBe(false);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-member-word]').getByRole('button', { name: 'City of Pickering' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('data-principles-council-package-pickering.docx');
    const buffer = await readFile((await download.path())!);
    const { value: words } = await mammoth.extractRawText({ buffer });
    expect(words).toContain(
      'Signing request: Council of the City of Pickering: A re-endorsement: version 1.1 replaces its decision on 1.0',
    );
    expect(words).toContain('which replaces its decision DEMO-F-02 of March 1, 2024;');
    expect(words).not.toContain('[name of municipality]');
    await expect
      .poll(() => page.locator('[data-word-status]').textContent())
      .toBe('Saved as data-principles-council-package-pickering.docx.');
    const after = server.requests.map((request) => request.path);
    expect(after).toContain('/policies/data-principles/council-package/members.json');
    expect(after).toContain('/policies/data-principles/council-package.docx');
    await context.close();
  });

  it('is written in French on the French page, and says so when it cannot be written', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${server.url}fr/${packagePath}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-member-word]').getByRole('button', { name: 'Canton de Brock' }).click(),
    ]);
    const { value: words } = await mammoth.extractRawText({
      buffer: await readFile((await download.path())!),
    });
    expect(words).toContain('IL EST RÉSOLU QUE le Conseil du Canton de Brock cosigne la version 1.1');
    // A file the server no longer has: the clerk is told, and pointed to what works.
    await page.route('**/council-package.docx', (route) => route.fulfill({ status: 404, body: '' }));
    await page.locator('[data-member-word]').getByRole('button', { name: 'Ville de Pickering' }).click();
    await expect
      .poll(() => page.locator('[data-word-status]').textContent())
      .toContain('Ce navigateur n’a pas pu rédiger le document Word.');
    await context.close();
  });

  it('is not offered when JavaScript is off: the file with blanks is', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + packagePath);
    expect(await page.locator('[data-member-word]').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: /with blanks to fill by hand/ }).isVisible()).toBe(true);
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
