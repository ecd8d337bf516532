/**
 * Word documents (src/exports/word/): each version's text and the council package as .docx,
 * built by the real build from the fixture registry and read back as Word would be, with
 * mammoth for the body and the document's own footer XML for what it prints on every page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { readPage } from './support/html.ts';

const dist = inject('fixtureDist');
const fixture = resolve(import.meta.dirname, 'fixtures/registry');
const hash = 'sha256:ecdc14b8e31fc6d9919833d1d457729b3eeface62d201cad86f79fc3427d01c5';
const address = 'https://common-ground.example.ca/policies/data-principles/v/1.1/';

async function read(path: string): Promise<{ html: string; text: string; footer: string }> {
  const file = join(dist, path);
  const buffer = readFileSync(file);
  const [{ value: html }, { value: text }] = await Promise.all([
    mammoth.convertToHtml({ buffer }),
    mammoth.extractRawText({ buffer }),
  ]);
  // mammoth leaves footers out: they are read from the package's own parts.
  const zip = await JSZip.loadAsync(buffer);
  const footers = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^word\/footer\d*\.xml$/.test(name))
      .map((name) => zip.file(name)!.async('string')),
  );
  const footer = footers
    .join('\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
  return { html, text, footer };
}

describe("a version's Word document", () => {
  const path = 'policies/data-principles/v/1.1/data-principles-1.1.docx';

  it('has the headings, the numbered clauses and the table of the text', async () => {
    const { html } = await read(path);
    expect(html).toContain('<h1>Fixture Data Principles, Version 1.1</h1>');
    expect(html).toContain('<h2>Principles</h2>');
    expect(html).toContain(
      '<ol><li>Collect only what is needed for a stated purpose.</li><li>Publish what is not personal, as open data.</li><li>Dispose of data when its retention period ends.</li></ol>',
    );
    expect(html).toContain('<td><p>Keeps the data inventory</p></td>');
    expect(html).toContain('<th><p><strong>Responsibility</strong></p></th>');
  });

  it('prints the permanent address and the text hash on every page', async () => {
    const { footer } = await read(path);
    expect(footer).toContain(`Permanent address: ${address}`);
    expect(footer).toContain(`Text hash: ${hash}`);
  });

  it('writes callouts and definitions with their labels, and nothing that is not text', async () => {
    const { html } = await read('policies/skills-guideline/v/1.0/skills-guideline-1.0.docx');
    expect(html).toContain(
      '<p><strong>Warning</strong></p><p>Staff never ask residents for their passwords.</p>',
    );
    expect(html).toContain(
      '<p><strong>Online service</strong></p><p>A municipal service that residents can use on the web.</p>',
    );
    expect(html).toContain('run with the RCM.');
    expect(html).toContain('[Map of the libraries that run the weekly help desk]');
  });

  it('exists for every version, once for both languages, and both pages link to it', () => {
    expect(existsSync(join(dist, 'policies/data-principles/v/1.0/data-principles-1.0.docx'))).toBe(true);
    expect(
      existsSync(join(dist, 'policies/norme-donnees-ouvertes/v/1.0/norme-donnees-ouvertes-1.0.docx')),
    ).toBe(true);
    for (const page of ['/policies/data-principles/', '/fr/policies/data-principles/v/1.1/']) {
      const link = readPage(dist, page).querySelector('.word-link a');
      expect(link?.getAttribute('href')).toBe(`/${path}`);
    }
  });

  it('is in the text’s own language, labels too', async () => {
    const { footer, text } = await read(
      'policies/norme-donnees-ouvertes/v/1.0/norme-donnees-ouvertes-1.0.docx',
    );
    expect(footer).toContain(
      'Adresse permanente : https://common-ground.example.ca/fr/policies/norme-donnees-ouvertes/v/1.0/',
    );
    expect(text).toContain('Empreinte du texte : sha256:');
  });
});

describe('the council package as Word documents', () => {
  it('is written for a member with something to sign: its request, report, resolution and text', async () => {
    const { html, text, footer } = await read('policies/data-principles/council-package/pickering.docx');
    expect(html).toContain('<h1>Council package: Fixture Data Principles, Version 1.1</h1>');
    expect(text).toContain(
      'Signing request: Council of the City of Pickering: A re-endorsement: version 1.1 replaces its decision on 1.0',
    );
    expect(html).toContain('<h2>Staff report</h2>');
    expect(text).toContain(
      'Recommendation: That Council co-sign version 1.1 of the Fixture Data Principles, as published by Durham Region on June 1, 2025, to replace its decision DEMO-F-02 of March 1, 2024 on version 1.0.',
    );
    expect(html).toContain('<h2>Draft resolution</h2>');
    expect(text).toContain(
      'NOW THEREFORE BE IT RESOLVED THAT the Council of the City of Pickering co-signs version 1.1 of the Fixture Data Principles, which replaces its decision DEMO-F-02 of March 1, 2024;',
    );
    // The text for signature is attached, its headings under the attachment's.
    expect(html).toContain('<h3>Principles</h3>');
    expect(html).toContain('<li>Collect only what is needed for a stated purpose.</li>');
    expect(footer).toContain(`Text hash: ${hash}`);
  });

  it('asks a member that decided nothing for a first signature, and one that rescinded for a return', async () => {
    expect((await read('policies/data-principles/council-package/brock.docx')).text).toContain(
      'NOW THEREFORE BE IT RESOLVED THAT the Council of the Township of Brock co-signs version 1.1 of the Fixture Data Principles;',
    );
    expect((await read('policies/data-principles/council-package/oshawa.docx')).text).toContain(
      'co-signs version 1.1 of the Fixture Data Principles again;',
    );
    // Members that stand behind the current version have nothing to sign: no package.
    expect(existsSync(join(dist, 'policies/data-principles/council-package/ajax.docx'))).toBe(false);
  });

  it('names each member in its own file, and only that member, though the files share one template', async () => {
    // Each guideline's member files are one document per kind of request with the member's
    // words put in (src/exports/word/member-packages.ts): no placeholder may be left, and no other
    // member's name may show through.
    const members = readdirSync(join(fixture, 'municipalities')).map((file) => {
      const { name } = parse(readFileSync(join(fixture, 'municipalities', file), 'utf8')) as { name: string };
      return { id: file.replace(/\.yaml$/, ''), name };
    });
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((path) =>
      /council-package[\\/][^\\/]+\.docx$/.test(path),
    );
    expect(files.length).toBeGreaterThan(6);
    for (const path of files) {
      const { text } = await read(path);
      const id = path.replace(/^.*[\\/]|\.docx$/g, '');
      const own = members.find((m) => m.id === id)!;
      expect(text, path).not.toMatch(/\[\[[0-9a-f]{12}:/);
      expect(text, path).toMatch(new RegExp(`(Council|conseil) [^\\n]*${own.name}`, 'i'));
      // The request names exactly one council: this one.
      const request =
        text.split('\n').find((line) => /^(Signing request|Demande de signature)/.test(line)) ?? '';
      for (const other of members.filter((m) => m !== own && !own.name.includes(m.name)))
        expect(request, path).not.toContain(other.name);
    }
  });

  it('has a generic one with blanks, and one in French, linked from the package page', async () => {
    const generic = await read('policies/data-principles/council-package.docx');
    expect(generic.text).toContain('the Council of [name of municipality] co-signs version 1.1');
    const french = await read('fr/policies/data-principles/council-package/pickering.docx');
    expect(french.text).toContain('Demande de signature : ');
    expect(french.text).toContain(
      'IL EST RÉSOLU QUE le Conseil de la Ville de Pickering cosigne la version 1.1',
    );
    const links = readPage(dist, '/policies/data-principles/council-package/')
      .querySelectorAll('.word-links a')
      .map((a) => a.getAttribute('href'));
    // The members in the region's order, as the package's own list has them.
    expect(links).toEqual([
      '/policies/data-principles/council-package.docx',
      '/policies/data-principles/council-package/pickering.docx',
      '/policies/data-principles/council-package/oshawa.docx',
      '/policies/data-principles/council-package/brock.docx',
    ]);
  });
});
