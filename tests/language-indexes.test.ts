import { describe, expect, it } from 'vitest';
import { mergeIndexes, startLanguageIndexes } from '../src/search/build/language-indexes.ts';
import { htmlLang } from '../src/search/build/search-text.ts';
import { pagefindIndex } from './support/pagefind-index.ts';

const page = (lang: string, words: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>${words}</title></head><body><main data-pagefind-body><h1>${words}</h1><p>${words} ${words}</p></main></body></html>`;

const pages = [
  ['en', '/policies/a/', page('en', 'Hydrant inspection schedule')],
  ['fr', '/fr/policies/a/', page('fr', 'Calendrier d’inspection des bornes')],
  ['en', '/policies/b/', page('en', 'Open data licence')],
  ['fr', '/fr/policies/b/', page('fr', 'Licence de données ouvertes')],
] as const;

/** Builds the pages' index with Pagefind in at most `limit` worker processes. */
const build = (limit: number) => pagefindIndex(pages, limit);

describe('the search index, one Pagefind process per language', () => {
  it('is the same index, file for file, as one process makes', async () => {
    const [one, two] = [await build(1), await build(2)];
    expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
    for (const [path, content] of one) expect(two.get(path), path).toBe(content);
    const entry = JSON.parse(Buffer.from(two.get('pagefind-entry.json')!, 'base64').toString('utf8'));
    expect(Object.keys(entry.languages)).toEqual(['en', 'fr']);
    expect(entry.languages.fr.page_count).toBe(2);
  });

  it('still writes Pagefind and an entry for a site with nothing to index', async () => {
    const indexes = startLanguageIndexes(2);
    try {
      const { files, errors } = await indexes.files();
      expect(errors).toEqual([]);
      const paths = files.map((file) => file.path);
      expect(paths).toContain('pagefind.js');
      const entry = files.find((file) => file.path === 'pagefind-entry.json')!;
      expect(JSON.parse(Buffer.from(entry.content).toString('utf8')).languages).toEqual({});
    } finally {
      await indexes.close();
    }
  });

  it('refuses one language from two indexes', () => {
    const entry = (lang: string) => ({
      path: 'pagefind-entry.json',
      content: Buffer.from(JSON.stringify({ version: '1.6.0', languages: { [lang]: { page_count: 1 } } })),
    });
    const merged = mergeIndexes([
      { files: [entry('en')], errors: [] },
      { files: [entry('en')], errors: [] },
    ]);
    expect(merged.errors).toEqual(['two language indexes both hold "en" pages']);
  });

  it('refuses two indexes that disagree on a shared file', () => {
    const file = (path: string, text: string) => ({ path, content: Buffer.from(text) });
    const { errors } = mergeIndexes([
      { files: [file('pagefind.js', 'one')], errors: [] },
      { files: [file('pagefind.js', 'two')], errors: ['Pagefind: a page failed'] },
    ]);
    expect(errors).toEqual(['Pagefind: a page failed', 'two language indexes wrote different pagefind.js']);
  });

  it('sends a page by the first subtag of its <html lang>', () => {
    expect(htmlLang('<!DOCTYPE html><html class="x" lang="fr-CA"><head>')).toBe('fr');
    expect(htmlLang('<html lang=EN>')).toBe('en');
    expect(htmlLang('<html><body lang="fr">')).toBe('');
  });
});
