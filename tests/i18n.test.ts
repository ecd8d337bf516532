/**
 * The registry in English and in French: every page has its twin, every interface string
 * exists in both languages, names, dates and numbers follow the page's language, and
 * translations say how far behind their original they are.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { en } from '../src/i18n/en.ts';
import { fr } from '../src/i18n/fr.ts';
import { checkContent, formatProblem } from '../src/check/index.ts';
import { loadGazetteer } from '../src/registry/gazetteer/gazetteer-files.ts';
import { projectRoot } from './support/build.ts';
import { readPage, sectionOf, tableRows, text } from './support/html.ts';

const fixture = inject('fixtureDist');
const sample = inject('sampleDist');

/** Every page of a built site, as addresses; redirect stubs and the 404 page have no twin. */
function pages(dist: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html' && !readFileSync(path, 'utf8').includes('http-equiv="refresh"')) {
        found.push(`/${relative(dist, dir)}/`.replace('//', '/'));
      }
    }
  };
  walk(dist);
  return found;
}

describe('twin pages', () => {
  it.each([
    ['fixture', fixture],
    ['sample', sample],
  ])('every English page of the %s registry has a French twin, and the reverse', (_, dist) => {
    const all = pages(dist);
    const french = all.filter((page) => page.startsWith('/fr/'));
    const english = all.filter((page) => !page.startsWith('/fr/'));
    expect(english.length).toBeGreaterThan(30);
    expect(french.map((page) => page.slice(3)).sort()).toEqual(english.sort());
  });

  it('link to each other from the language switcher and hreflang alternates', () => {
    for (const path of [
      '/',
      '/policies/data-principles/',
      '/municipalities/ajax/',
      '/fr/regions/durham/',
      '/fr/search/',
    ]) {
      const page = readPage(fixture, path);
      const switcher = page.querySelector('.languages a')!;
      const target = switcher.getAttribute('href')!;
      expect(target).toBe(path.startsWith('/fr/') ? path.slice(3) : `/fr${path}`);
      expect(existsSync(join(fixture, target, 'index.html'))).toBe(true);
      const alternates = page
        .querySelectorAll('link[rel=alternate][hreflang]')
        .map((link) => link.getAttribute('hreflang'));
      expect(alternates).toEqual(['en', 'fr', 'x-default']);
    }
  });
});

describe('the dictionaries', () => {
  it('have the same keys in English and French, none empty', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const value of Object.values(fr)) expect(value.trim()).not.toBe('');
  });

  it('leave no English interface word on a French page', () => {
    const page = readPage(fixture, '/fr/policies/data-principles/');
    const chrome = text(page.querySelector('header.site-header')) + text(page.querySelector('footer'));
    for (const word of ['Policies', 'Municipalities', 'Regions', 'Topics', 'Skip to main content']) {
      expect(chrome).not.toContain(word);
    }
    expect(text(page.querySelector('.kicker'))).toContain('Adoptée');
    expect(text(page.querySelector('.at-a-glance'))).toContain('Licence de réutilisation');
  });
});

describe('French pages', () => {
  it('say they are French, and format dates and numbers the French way', () => {
    const page = readPage(fixture, '/fr/policies/data-principles/');
    expect(page.querySelector('html')!.getAttribute('lang')).toBe('fr');
    expect(text(page.querySelector('.at-a-glance dl'))).toContain('1.1, publiée le 1 juin 2025');
    expect(text(page.querySelector('.progress .summary'))).toBe(
      '2 sur 5 membres de la Région de Durham ont cosigné ou adopté la version 1.1',
    );
    // The English text of the policy is marked as English inside the French page.
    expect(page.querySelector('h1')!.getAttribute('lang')).toBe('en');
    expect(page.querySelector('.policy-text')!.getAttribute('lang')).toBe('en');
    expect(text(page.querySelector('.notice'))).toContain('Cette politique est rédigée en anglais.');
  });

  it('use French names: the region’s from the content, the municipality’s from the gazetteer', () => {
    const page = readPage(fixture, '/fr/regions/durham/');
    expect(text(page.querySelector('h1'))).toBe('Région de Durham');
    const municipality = readPage(fixture, '/fr/municipalities/trois-rivieres/');
    expect(text(municipality.querySelector('h1'))).toBe('Ville de Trois-Rivières');
    // Legal names made from the gazetteer's type where it has only the English one.
    expect(text(readPage(fixture, '/fr/municipalities/ajax/').querySelector('h1'))).toBe('Ville d’Ajax');
    expect(text(readPage(fixture, '/fr/municipalities/brock/').querySelector('h1'))).toBe('Canton de Brock');
    expect(text(municipality.querySelector('dl.facts'))).toContain('Province Québec');
  });

  it('are wholly French: the default body, instruments and region names with their articles', () => {
    const french = pages(fixture).filter((page) => page.startsWith('/fr/'));
    expect(french.length).toBeGreaterThan(30);
    for (const path of french) {
      // What the reader sees and what a citation copies, without the content written in
      // another language (marked with its own lang) and without addresses.
      const page = readPage(fixture, path);
      for (const other of page.querySelectorAll('[lang]:not(html)')) {
        if (other.getAttribute('lang') !== 'fr') other.remove();
      }
      const words = text(page.querySelector('body')).replace(/https?:\/\/\S+/g, '');
      expect(words, path).not.toMatch(/\bCouncil\b/);
      expect(words, path).not.toMatch(/Sample (resolution|by-law)|Résolution fictive/);
      expect(words, path).not.toMatch(/\bmembers of\b/);
      // The open-data page names the data's own values (co-signed, adopted…), which are codes.
      if (path !== '/fr/data/') expect(words, path).not.toMatch(/\bco-signed\b/);
    }
    const policy = readPage(fixture, '/fr/policies/data-principles/');
    expect(text(policy.querySelector('.progress .summary'))).toContain('membres de la Région de Durham');
    const row = tableRows(sectionOf(policy, 'endorsements-heading').querySelector('table')!).find(
      (cells) => cells[0] === 'Ajax' && cells.includes('1 juillet 2025'),
    );
    expect(row).toContain('Conseil');
    const matrix = readPage(fixture, '/fr/regions/shoreline/');
    // The region's article_fr: « la Shoreline Coalition », though its name is English.
    expect(text(matrix.querySelector('caption'))).toContain('ligne directrice de la Shoreline Coalition');
    const pack = readPage(fixture, '/fr/policies/data-principles/council-package/');
    expect(text(pack.querySelector('.resolution'))).toContain(
      'ATTENDU QUE la Région de Durham a publié la version 1.1',
    );
    expect(text(pack.querySelector('.resolution'))).toContain(
      'copie de la présente résolution à la Région de Durham',
    );
    expect(text(pack.querySelector('.report'))).toContain('2 sur 5 membres de la Région de Durham');
    expect(text(pack.querySelector('[data-for=brock] .resolution'))).toContain(
      'IL EST RÉSOLU QUE le Conseil du Canton de Brock cosigne la version 1.1',
    );
  });

  it('show a French document natively, and flag it on the English site', () => {
    const french = readPage(fixture, '/fr/policies/modele-evaluation/');
    expect(french.querySelector('.policy-text')!.hasAttribute('lang')).toBe(false);
    expect(french.querySelector('.notice')).toBeNull();
    const english = readPage(fixture, '/policies/modele-evaluation/');
    expect(english.querySelector('.policy-text')!.getAttribute('lang')).toBe('fr');
    expect(text(english.querySelector('.notice'))).toBe(
      'This policy is written in French. It has no English translation yet: the original text follows.',
    );
  });
});

describe('translations', () => {
  it('link to each other both ways', () => {
    const original = readPage(sample, '/fr/policies/cadre-participation-publique/');
    expect(
      original.querySelector('.translations a[href="/fr/policies/public-participation-framework/"]'),
    ).not.toBeNull();
    const translation = readPage(sample, '/policies/public-participation-framework/');
    expect(text(translation.querySelector('.notice'))).toMatch(
      /^This is the English translation of Cadre commun/,
    );
  });

  it('a version behind their original are flagged on both pages', () => {
    const original = readPage(sample, '/policies/durham-data-principles/');
    expect(text(original.querySelector('.translations'))).toContain(
      'version 1.0; the original is at 1.1, so the latest changes are not translated yet',
    );
    const translation = readPage(sample, '/fr/policies/principes-donnees-durham/');
    expect(text(translation.querySelector('.notice'))).toContain(
      'Elle suit la version 1.0 de l’original, qui en est maintenant à la version 1.1',
    );
  });

  it('a version behind are listed by npm run check as warnings', () => {
    const { problems, errors } = checkContent(`${projectRoot}/content`, loadGazetteer());
    expect(errors).toEqual([]);
    // The review cycles' warnings (tests/review-cycles.test.ts) move with the clock: left out here.
    const review = /warning: (reviewBy: the review due on|status: version .* has been proposed since)/;
    expect(problems.map(formatProblem).filter((line) => !review.test(line))).toEqual([
      'content/policies/principes-donnees-durham/index.mdx:10:10: warning: version: this translation is at version 1.0 but "durham-data-principles" is at version 1.1: translate the changes and publish them as version 1.1',
    ]);
  });
});

describe('the open-data documentation', () => {
  it('is in French on the French page, field by field', () => {
    const page = readPage(fixture, '/fr/data/');
    const meanings = page
      .querySelectorAll('#endorsements-heading ~ .table-scroll tbody td')
      .map((td) => text(td));
    expect(meanings).toContain('La date de la décision du conseil.');
    expect(text(page)).not.toContain('The date of the council decision.');
  });
});
