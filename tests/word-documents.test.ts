/**
 * Word documents (src/exports/word/): each version's text and the council package as .docx,
 * built by the real build from the fixture registry and read back as Word would be, with
 * mammoth for the body and the document's own footer XML for what it prints on every page. A
 * member's council package is filled from the built generic file by the page script's own module.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { fillPackage } from '../src/exports/word/browser/fill-package.ts';
import type { MemberPackages } from '../src/exports/word/passages.ts';
import { xmlText } from '../src/exports/xml.ts';
import { readPage } from './support/html.ts';

const dist = inject('fixtureDist');
const fixture = resolve(import.meta.dirname, 'fixtures/registry');
const hash = 'sha256:ecdc14b8e31fc6d9919833d1d457729b3eeface62d201cad86f79fc3427d01c5';
const address = 'https://common-ground.example.ca/policies/data-principles/v/1.1/';

async function read(path: string): Promise<{ html: string; text: string; footer: string }> {
  return readBuffer(readFileSync(join(dist, path)));
}

async function readBuffer(buffer: Buffer): Promise<{ html: string; text: string; footer: string }> {
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

/** A member's package as its page's script writes it: the built generic file and passages, filled. */
async function memberFile(dir: string, id: string): Promise<Buffer> {
  const packages = JSON.parse(
    readFileSync(join(dist, dir, 'council-package/members.json'), 'utf8'),
  ) as MemberPackages;
  const member = packages.members.find((m) => m.id === id);
  if (!member) throw new Error(`${id} is not in ${dir}'s members.json`);
  const generic = readFileSync(join(dist, dir, 'council-package.docx'));
  return Buffer.from(await fillPackage(generic, member.passages));
}

describe('the council package as Word documents', () => {
  const dir = 'policies/data-principles';

  it('is written for a member with something to sign: its request, report, resolution and text', async () => {
    const { html, text, footer } = await readBuffer(await memberFile(dir, 'pickering'));
    expect(html).toContain('<h1>Council package: Fixture Data Principles, Version 1.1</h1>');
    expect(text).toContain(
      'Signing request: Council of the City of Pickering: A re-endorsement: version 1.1 replaces its decision on 1.0',
    );
    expect(html).toContain('<h2>Staff report</h2>');
    expect(text).toContain(
      'Recommendation: That Council co-sign version 1.1 of the Fixture Data Principles, as published by Durham Region on June 1, 2025, to replace its decision DEMO-F-02 of March 1, 2024 on version 1.0.',
    );
    expect(text).toContain('On March 1, 2024, the ');
    // The generic package's line in the request's place is gone with its paragraph.
    expect(text).not.toContain('No member chosen');
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
    expect((await readBuffer(await memberFile(dir, 'brock'))).text).toContain(
      'NOW THEREFORE BE IT RESOLVED THAT the Council of the Township of Brock co-signs version 1.1 of the Fixture Data Principles;',
    );
    expect((await readBuffer(await memberFile(dir, 'oshawa'))).text).toContain(
      'co-signs version 1.1 of the Fixture Data Principles again;',
    );
    // Members that stand behind the current version have nothing to sign: no package.
    await expect(memberFile(dir, 'ajax')).rejects.toThrow('ajax is not in');
  });

  it('names each member in its own file, and only that member, with no placeholder or empty paragraph left', async () => {
    const members = readdirSync(join(fixture, 'municipalities')).map((file) => {
      const { name } = parse(readFileSync(join(fixture, 'municipalities', file), 'utf8')) as { name: string };
      return { id: file.replace(/\.yaml$/, ''), name };
    });
    const dirs = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((path) => /council-package[\\/]members\.json$/.test(path))
      .map((path) => path.replace(/[\\/]council-package[\\/]members\.json$/, ''));
    expect(dirs.length).toBeGreaterThan(2);
    let files = 0;
    for (const packageDir of dirs) {
      const packages = JSON.parse(
        readFileSync(join(dist, packageDir, 'council-package/members.json'), 'utf8'),
      ) as MemberPackages;
      for (const { id } of packages.members) {
        const buffer = await memberFile(packageDir, id);
        const { text } = await readBuffer(buffer);
        const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
        const where = `${packageDir} ${id}`;
        files++;
        // Nothing of the generic package's blanks is left.
        expect(text, where).not.toContain('[name of municipality]');
        expect(text, where).not.toContain('No member chosen');
        expect(xml, where).not.toMatch(/<w:p><w:r><w:t xml:space="preserve"><\/w:t><\/w:r><\/w:p>/);
        const own = members.find((m) => m.id === id)!;
        expect(text, where).toMatch(new RegExp(`(Council|conseil) [^\\n]*${own.name}`, 'i'));
        // The request names exactly one council: this one.
        const request =
          text.split('\n').find((line) => /^(Signing request|Demande de signature)/.test(line)) ?? '';
        expect(request, where).toContain(own.name);
        for (const other of members.filter((m) => m !== own && !own.name.includes(m.name)))
          expect(request, where).not.toContain(other.name);
      }
    }
    expect(files).toBeGreaterThan(6);
  });

  it('refuses a file without the generic package’s bookmarks, rather than write a wrong one', async () => {
    const packages = JSON.parse(
      readFileSync(join(dist, dir, 'council-package/members.json'), 'utf8'),
    ) as MemberPackages;
    const version = readFileSync(join(dist, 'policies/data-principles/v/1.1/data-principles-1.1.docx'));
    await expect(fillPackage(version, packages.members[0]!.passages)).rejects.toThrow(
      'The Word file has lost its bookmark _cg_request.',
    );
  });

  it('refuses a member with no resolution passage, rather than leave the resolution out', async () => {
    const packages = JSON.parse(
      readFileSync(join(dist, dir, 'council-package/members.json'), 'utf8'),
    ) as MemberPackages;
    const generic = readFileSync(join(dist, dir, 'council-package.docx'));
    await expect(fillPackage(generic, { ...packages.members[0]!.passages, resolution: [] })).rejects.toThrow(
      'No _cg_resolution_… passage for this member.',
    );
  });

  it('gives each passage paragraph the look of the one it replaces', async () => {
    const packages = JSON.parse(
      readFileSync(join(dist, dir, 'council-package/members.json'), 'utf8'),
    ) as MemberPackages;
    // The generic file with its resolution paragraphs indented, as a restyled package would be.
    const zip = await JSZip.loadAsync(readFileSync(join(dist, dir, 'council-package.docx')));
    const indent = '<w:pPr><w:ind w:left="720"/></w:pPr>';
    const xml = (await zip.file('word/document.xml')!.async('string')).replace(
      /<w:p>(<w:bookmarkStart w:name="_cg_resolution_\d+")/g,
      `<w:p>${indent}$1`,
    );
    zip.file('word/document.xml', xml);
    const restyled = await zip.generateAsync({ type: 'uint8array' });
    const { passages } = packages.members[0]!;
    const filled = await (
      await JSZip.loadAsync(await fillPackage(restyled, passages))
    )
      .file('word/document.xml')!
      .async('string');
    for (const text of passages.resolution)
      expect(filled).toContain(`<w:p>${indent}<w:r><w:t xml:space="preserve">${xmlText(text)}</w:t>`);
  });

  it('has a generic one with blanks, and one in French, linked from the package page', async () => {
    const generic = await read('policies/data-principles/council-package.docx');
    expect(generic.text).toContain('Signing request: No member chosen: blanks to fill by hand');
    expect(generic.text).toContain('the Council of [name of municipality] co-signs version 1.1');
    // The passages a member's file words differently are marked, with bookmarks Word hides.
    const xml = await (
      await JSZip.loadAsync(readFileSync(join(dist, 'policies/data-principles/council-package.docx')))
    )
      .file('word/document.xml')!
      .async('string');
    expect(xml.match(/w:name="_cg_[a-z_0-9]+"/g)).toEqual([
      'w:name="_cg_request"',
      'w:name="_cg_subject"',
      'w:name="_cg_recommendation"',
      'w:name="_cg_background_1"',
      'w:name="_cg_resolution_1"',
      'w:name="_cg_resolution_2"',
      'w:name="_cg_resolution_3"',
      'w:name="_cg_resolution_4"',
      'w:name="_cg_resolution_5"',
    ]);
    const french = await readBuffer(await memberFile(`fr/${dir}`, 'pickering'));
    expect(french.text).toContain('Demande de signature : ');
    expect(french.text).toContain(
      'IL EST RÉSOLU QUE le Conseil de la Ville de Pickering cosigne la version 1.1',
    );
    const page = readPage(dist, '/policies/data-principles/council-package/');
    expect(page.querySelectorAll('.word-links a').map((a) => a.getAttribute('href'))).toEqual([
      '/policies/data-principles/council-package.docx',
    ]);
    // The members in the region's order, as the package's own list has them.
    const block = page.querySelector('[data-member-word]')!;
    expect(block.getAttribute('data-member-word')).toBe(
      '/policies/data-principles/council-package/members.json',
    );
    expect(block.querySelectorAll('button').map((b) => b.getAttribute('data-member'))).toEqual([
      'pickering',
      'oshawa',
      'brock',
    ]);
  });
});
