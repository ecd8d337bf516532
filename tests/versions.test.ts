/**
 * Endorsements councillors can cite: every version at a permanent address with its text
 * hash and signers, readable comparisons, flags on signatures of an earlier version,
 * stable clause anchors, citations, and the council package.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { renderForTest } from './support/render.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { textHash } from '../src/text/text-hash.ts';
import type { HTMLElement } from 'node-html-parser';
import { readPage, sectionOf, tableRows, text } from './support/html.ts';

const dist = inject('fixtureDist');
const fixture = 'tests/fixtures/registry/policies/data-principles';
const hashOfFile = (path: string) => textHash(splitFrontmatter(readFileSync(path, 'utf8'))!.body);
const hash10 = hashOfFile(`${fixture}/versions/1.0.mdx`);
const hash11 = hashOfFile(`${fixture}/index.mdx`);
const changes11 =
  'Adds a principle on disposing of data when its retention period ends, says what collecting and publishing data are for, and makes the Clerk keeper of the data inventory.';

/** The description of a fact (`<dt>` then `<dd>`s) in a page's list of facts, by its term. */
const factOf = (page: HTMLElement, term: string) => {
  const dt = page.querySelectorAll('dl.facts dt').find((dt) => text(dt) === term);
  const dds: HTMLElement[] = [];
  for (let dd = dt?.nextElementSibling; dd?.tagName === 'DD'; dd = dd.nextElementSibling) dds.push(dd);
  return dds.map((dd) => text(dd));
};

describe('version pages', () => {
  it('exist for the current version and each frozen one, with the hash and who signed', () => {
    const v10 = readPage(dist, '/policies/data-principles/v/1.0/');
    expect(text(v10.querySelector('h1'))).toBe('Fixture Data Principles, Version 1.0');
    expect(text(v10.querySelector('.notice'))).toContain(
      'This is an earlier version; the current version is 1.1.',
    );
    expect(text(v10.querySelector('.text-hash code'))).toBe(hash10);
    const signers = tableRows(sectionOf(v10, 'signers-heading').querySelector('table')!).map((row) => row[0]);
    expect(signers).toEqual(['Oshawa', 'Pickering', 'Oshawa', 'Ajax']);
    expect(text(v10.querySelector('.policy-text'))).toContain('Publish what is not personal.');
    expect(text(v10.querySelector('.policy-text'))).not.toContain('Dispose of data');

    const v11 = readPage(dist, '/policies/data-principles/v/1.1/');
    expect(text(v11.querySelector('.notice'))).toContain('This is the current version.');
    expect(text(v11.querySelector('.text-hash code'))).toBe(hash11);
    // What changed, at the top of the page, above the hash and the text.
    expect(factOf(v11, 'What changed')).toEqual([`${changes11} (changes from 1.0)`]);
    expect(factOf(v10, 'What changed')).toEqual(['First published version.']);
    expect(tableRows(sectionOf(v11, 'signers-heading').querySelector('table')!).map((row) => row[0])).toEqual(
      ['Whitby', 'Ajax'],
    );
  });

  it('are listed in the version history of the policy page, with signatures and comparisons', () => {
    const page = readPage(dist, '/policies/data-principles/');
    const rows = tableRows(sectionOf(page, 'history-heading').querySelector('table')!);
    expect(rows).toEqual([
      // Standing signatures: Ajax and Whitby on 1.1; Pickering alone still on 1.0.
      ['1.1', 'June 1, 2025', changes11, '2', 'changes from 1.0'],
      ['1.0', 'January 15, 2024', 'First published version.', '1', '—'],
    ]);
    expect(page.querySelector('a[href="/policies/data-principles/changes/1.0...1.1/"]')).not.toBeNull();
  });

  it('show the hash of the current text on the policy page', () => {
    expect(text(readPage(dist, '/policies/data-principles/').querySelector('.text-hash code'))).toBe(hash11);
  });
});

describe('changes between versions', () => {
  const page = readPage(dist, '/policies/data-principles/changes/1.0...1.1/');

  it('say what changed in each version of the range, at the top', () => {
    expect(text(page.querySelector('h1'))).toBe('Changes from version 1.0 to 1.1');
    expect(factOf(page, 'What changed')).toEqual([`Version 1.1: ${changes11}`]);
    expect(page.querySelector('dl.facts a[href="/policies/data-principles/v/1.1/"]')).not.toBeNull();
    expect(text(page)).toContain('23 words inserted and 4 words deleted.');
  });

  it('mark insertions and deletions in words, not only in colour', () => {
    const inserted = page.querySelectorAll('.compared ins').map((ins) => text(ins));
    const deleted = page.querySelectorAll('.compared del').map((del) => text(del));
    expect(inserted).toContain('[inserted: needed for a stated purpose.; end]');
    expect(deleted).toContain('[deleted: needed.; end]');
    expect(text(page)).toContain('deleted words are struck through and announced as “deleted”');
  });

  it('keep the text’s structure: its headings, list and table', () => {
    const compared = page.querySelector('.compared')!;
    expect(compared.querySelectorAll('h2').map((h2) => text(h2))).toEqual(['Purpose', 'Principles', 'Roles']);
    // The list stays a list; the new principle is an item of it, marked whole.
    const items = compared.querySelectorAll('ol > li');
    expect(items).toHaveLength(3);
    expect(text(items[2])).toBe('[inserted: Dispose of data when its retention period ends.; end]');
    expect(items[2]!.firstElementChild?.tagName).toBe('INS');
    // Unchanged words stay outside any mark.
    expect(text(items[0])).toMatch(/^Collect only what is \[deleted/);
    expect(items[0]!.querySelector('ins, del')?.parentNode).toBe(items[0]);
    // The table stays a table, its changed cell marked inside.
    const table = compared.querySelector('table')!;
    expect(tableRows(table)).toEqual([
      ['Clerk', 'Keeps the [deleted: records; end][inserted: data inventory; end]'],
      ['Data steward', 'Answers for one data set'],
    ]);
    const cell = table.querySelectorAll('tbody td')[1]!;
    expect(cell.querySelector('del') && cell.querySelector('ins')).toBeTruthy();
    expect(table.querySelectorAll('thead th').map((th) => text(th))).toEqual(['Role', 'Responsibility']);
  });

  it('are published for every pair a signature needs and no other', () => {
    expect(() => readPage(dist, '/policies/cyber-standard/changes/1.0...1.0/')).toThrow();
  });
});

describe('an endorsement of an earlier version', () => {
  const flagged = 'Co-signed 1.0 Re-endorsement pending: current is 1.1: changes since';
  const link = 'a[href="/policies/data-principles/changes/1.0...1.1/"]';

  it('is flagged on the policy page, with a link to the changes since', () => {
    const page = readPage(dist, '/policies/data-principles/');
    const row = page.querySelector('#endorsement-pickering-co-signed-1-0')!;
    expect(text(row.querySelectorAll('td')[0])).toContain(flagged);
    expect(row.querySelector(link)).not.toBeNull();
  });

  it('is flagged on the municipality page', () => {
    const page = readPage(dist, '/municipalities/pickering/');
    expect(text(sectionOf(page, 'record-heading'))).toContain(flagged);
    expect(sectionOf(page, 'record-heading').querySelector(link)).not.toBeNull();
  });

  it('is flagged in the region matrix', () => {
    const page = readPage(dist, '/regions/durham/');
    const pickering = page.querySelectorAll('table.matrix tbody tr')[1]!;
    expect(text(pickering)).toContain(
      'Co-signed 1.0, March 1, 2024 Re-endorsement pending: current is 1.1: changes since',
    );
    expect(pickering.querySelector(link)).not.toBeNull();
  });
});

describe('endorsements', () => {
  it('each have a permanent anchor showing every detail of the decision and the signed hash', () => {
    // The policy page's compact row links to the full one, on the version the council signed.
    const compact = readPage(dist, '/policies/data-principles/').querySelector(
      '#endorsement-pickering-co-signed-1-0 .cite-link a',
    )!;
    expect(compact.getAttribute('href')).toBe(
      '/policies/data-principles/v/1.0/#endorsement-pickering-co-signed-1-0',
    );
    const row = readPage(dist, '/policies/data-principles/v/1.0/').querySelector(
      '#endorsement-pickering-co-signed-1-0',
    )!;
    const content = text(row);
    for (const detail of [
      'Pickering',
      'Co-signed 1.0',
      'March 1, 2024',
      'General Government Committee',
      'DEMO-F-02',
      hash10,
    ]) {
      expect(content).toContain(detail);
    }
    expect(row.querySelector('a[href="https://example.org/minutes/demo-f-02"]')).not.toBeNull();
  });
});

describe('clause anchors', () => {
  it('are the same in every version for a clause whose words did not change', () => {
    for (const version of ['1.0', '1.1']) {
      const page = readPage(dist, `/policies/data-principles/v/${version}/`);
      expect(page.querySelector('#collect-only-what-is-needed')?.tagName).toBe('LI');
      expect(page.querySelector('#publish-what-is-not-personal')?.tagName).toBe('LI');
      expect(page.querySelector('#principles')?.tagName).toBe('H2');
    }
  });

  /** The clause anchors the renderer gives a text. */
  const anchorsOf = (body: string) => renderForTest(body).clauses.map((clause) => clause.id);

  it('survive the insertion of a clause above them and the renumbering of headings', () => {
    const before = anchorsOf(
      '## 3. Retention\n\n1. **Purpose first.** Collect less.\n2. Publish what is not personal.\n',
    );
    const after = anchorsOf(
      '## 3. Notice\n\n## 4. Retention\n\n1. **Notice.** Say why.\n2. **Purpose first.** Collect less.\n3. Publish what is not personal.\n',
    );
    expect(before).toEqual(['retention', 'purpose-first', 'publish-what-is-not-personal']);
    expect(after).toEqual([
      'notice',
      'retention',
      'notice-2',
      'purpose-first',
      'publish-what-is-not-personal',
    ]);
  });

  it('keep an id written in the source', () => {
    expect(
      anchorsOf('## Retention period\n\n<Clause id="retention-period">\nSeven years.\n</Clause>\n'),
    ).toEqual(['retention-period', 'clause-retention-period']);
  });

  it('link to the version they belong to, so a copied link names the version', () => {
    const page = readPage(dist, '/policies/data-principles/');
    const link = page.querySelector('#collect-only-what-is-needed .clause-link')!;
    expect(link.getAttribute('href')).toBe('/policies/data-principles/v/1.1/#collect-only-what-is-needed');
    expect(text(link)).toBe('Link to this clause in version 1.1: Collect only what is needed#');
  });
});

describe('cite this', () => {
  it('gives a council-report sentence, APA, BibTeX and CSL-JSON naming the version', () => {
    const cite = readPage(dist, '/policies/data-principles/').querySelector('details.cite')!;
    const [sentence, apa, bibtex, csl] = cite.querySelectorAll('pre').map((pre) => pre.text);
    expect(sentence).toBe(
      `Durham Region, Fixture Data Principles, version 1.1 (guideline), published June 1, 2025; text hash ${hash11}; available at https://common-ground.example.ca/policies/data-principles/v/1.1/.`,
    );
    expect(apa).toBe(
      'Durham Region. (2025). Fixture Data Principles (Version 1.1) [guideline]. Common Ground. https://common-ground.example.ca/policies/data-principles/v/1.1/',
    );
    expect(bibtex).toMatch(/^@misc\{durhamregion2025fixturedataprinciples,\n/);
    expect(bibtex).toContain('version = {1.1},');
    expect(JSON.parse(csl!)).toMatchObject({
      version: '1.1',
      URL: 'https://common-ground.example.ca/policies/data-principles/v/1.1/',
    });
  });

  it('cites a council decision by its council’s legal name, at its row on the version it signed', () => {
    const url =
      'https://common-ground.example.ca/policies/data-principles/v/1.1/#endorsement-whitby-adapted-1-1';
    const row = readPage(dist, '/policies/data-principles/v/1.1/').querySelector(
      '#endorsement-whitby-adapted-1-1',
    )!;
    expect(row.querySelector('details.cite pre')!.text).toBe(
      `On August 1, 2025, the Council of the Town of Whitby adapted version 1.1 of the Fixture Data Principles (DEMO-F-06); the text it decided on has the SHA-256 fingerprint ${hash11} and is published at ${url}.`,
    );
    // The address it cites exists: the decision's row on the frozen version's page.
    const version = readPage(dist, '/policies/data-principles/v/1.1/');
    expect(text(version.querySelector('#endorsement-whitby-adapted-1-1 th'))).toBe('Whitby');
  });

  it('cites a committee’s decision as the committee of its council, with the minutes', () => {
    for (const path of ['/policies/data-principles/v/1.0/']) {
      const row = readPage(dist, path).querySelector('#endorsement-pickering-co-signed-1-0')!;
      const [sentence, apa, bibtex, csl] = row.querySelectorAll('details.cite pre').map((pre) => pre.text);
      const url =
        'https://common-ground.example.ca/policies/data-principles/v/1.0/#endorsement-pickering-co-signed-1-0';
      expect(sentence).toBe(
        `On March 1, 2024, the General Government Committee of the Council of the City of Pickering co-signed version 1.0 of the Fixture Data Principles (DEMO-F-02); the text it decided on has the SHA-256 fingerprint ${hash10} and is published at ${url}. Minutes: https://example.org/minutes/demo-f-02.`,
      );
      expect(apa).toMatch(
        /^General Government Committee of the Council of the City of Pickering\. \(2024\)\. DEMO-F-02: co-signed /,
      );
      expect(bibtex).toContain(`url = {${url}}`);
      expect(bibtex).toContain('Minutes: https://example.org/minutes/demo-f-02}');
      expect(JSON.parse(csl!)).toMatchObject({
        URL: url,
        author: [{ literal: 'General Government Committee of the Council of the City of Pickering' }],
      });
    }
  });

  it('cites in French on French pages, linking to the French version page', () => {
    const row = readPage(dist, '/fr/policies/data-principles/v/1.0/').querySelector(
      '#endorsement-pickering-co-signed-1-0',
    )!;
    expect(row.querySelector('details.cite pre')!.text).toBe(
      `Le 1 mars 2024, le General Government Committee du Conseil de la Ville de Pickering a cosigné la version 1.0 de « Fixture Data Principles » (DEMO-F-02) ; le texte visé par la décision a l’empreinte SHA-256 ${hash10} et est publié à https://common-ground.example.ca/fr/policies/data-principles/v/1.0/#endorsement-pickering-co-signed-1-0. Procès-verbal : https://example.org/minutes/demo-f-02.`,
    );
    const ajax = readPage(dist, '/fr/policies/data-principles/v/1.1/').querySelector(
      '#endorsement-ajax-co-signed-1-1 details.cite pre',
    )!;
    expect(ajax.text).toMatch(/^Le 1 juillet 2025, le Conseil de la Ville d’Ajax a cosigné la version 1\.1/);
  });
});
