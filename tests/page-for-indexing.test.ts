import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
  htmlLang,
  isIndexed,
  pageForIndexing,
  pageUrl,
  textForIndexing,
} from '../src/search/build/search-text.ts';
import { pagefindIndex } from './support/pagefind-index.ts';

/**
 * The build hands Pagefind only the part of each page it reads (pageForIndexing). That must
 * never change the search: the index of the cut pages is the index of the whole pages, file
 * for file, for the real built registries and for pages written to break the cut.
 */

/** The Pagefind index of the pages, each prepared by `prepare` before textForIndexing, as the build does. */
const indexOf = (pages: [path: string, html: string][], prepare: (html: string) => string) =>
  pagefindIndex(
    pages.map(([path, html]) => [htmlLang(html), pageUrl(path), textForIndexing(prepare(html))] as const),
  );

function indexedPages(dist: string): [string, string][] {
  const pages: [string, string][] = [];
  for (const lang of ['', 'fr/'])
    for (const family of ['policies', 'municipalities', 'regions', 'topics'])
      for (const name of readdirSync(join(dist, lang, family), { withFileTypes: true })) {
        if (!name.isDirectory()) continue;
        const path = `${lang}${family}/${name.name}/index.html`;
        let html: string;
        try {
          html = readFileSync(join(dist, path), 'utf8');
        } catch {
          continue; // a paged list's folder, with no page of its own
        }
        if (isIndexed(html)) pages.push([path, html]);
      }
  return pages;
}

async function expectSameIndex(pages: [string, string][]) {
  const [whole, cut] = [await indexOf(pages, (html) => html), await indexOf(pages, pageForIndexing)];
  expect([...cut.keys()].sort()).toEqual([...whole.keys()].sort());
  for (const [path, content] of whole) expect(cut.get(path), path).toBe(content);
}

describe('the pages handed to Pagefind', () => {
  for (const registry of ['fixtureDist', 'sampleDist'] as const) {
    it(`give the same index as the whole pages, file for file (${registry})`, async () => {
      const pages = indexedPages(inject(registry));
      // Every family, in both languages.
      for (const family of ['policies', 'fr/policies', 'municipalities', 'fr/regions', 'topics'])
        expect(
          pages.some(([path]) => path.startsWith(`${family}/`)),
          family,
        ).toBe(true);
      await expectSameIndex(pages);
    });
  }

  it('are a fraction of the page: no chrome, scripts or ignored sections', () => {
    const [, html] = indexedPages(inject('fixtureDist')).find(([path]) => path.startsWith('policies/'))!;
    const cut = pageForIndexing(html);
    expect(cut.length).toBeLessThan(html.length / 2);
    expect(cut).toMatch(
      /^<!DOCTYPE html><html [^>]*lang="en"[^>]*><head><title>[^<]+<\/title><\/head><body><main/,
    );
    expect(cut).not.toContain('<script');
    expect(cut).not.toContain('site-header');
    expect(cut).not.toContain('site-footer');
    expect(cut).not.toContain('on-this-page');
    expect(cut).toContain('data-pagefind-body');
    expect(cut).toContain('data-pagefind-meta');
  });

  it('give the same index for pages written to break the cut', async () => {
    const page = (main: string) =>
      `<!DOCTYPE html><html lang="en"><head><title>T &lt;/main&gt;</title><script>const s = "</div><main>";</script></head>` +
      `<body><header data-pagefind-ignore><div>Site</div></header><main><article data-pagefind-body>${main}</article></main>` +
      `<footer>Footer words</footer></body></html>`;
    const pages: [string, string][] = [
      // Nested ignored elements of the same name, and tags inside ignored ones.
      [
        'policies/a/index.html',
        page(
          '<h1>Hydrant inspection</h1><div data-pagefind-ignore><div><div>Endorsed by Ajax</div></div><p>x</p></div><p>Inspect hydrants yearly.</p>',
        ),
      ],
      // Search tags inside an ignored element, with a title that looks like tags.
      [
        'policies/b/index.html',
        page(
          '<p>Open data licence</p><div hidden data-pagefind-ignore><span data-pagefind-meta="title[data-value]" data-value="&lt;/div&gt;&lt;div data-pagefind-ignore&gt;"></span><span data-pagefind-filter="topic[data-value]" data-value="data"></span></div><section data-pagefind-ignore><h2>History</h2></section>',
        ),
      ],
      // A void element marked ignored, a comment and a script with tags in them.
      [
        'policies/c/index.html',
        page(
          '<p>Snow clearing</p><img data-pagefind-ignore alt="plough"><!-- <div data-pagefind-ignore> --><script>const s = "</div><div>";</script><p>Routes first.</p>',
        ),
      ],
      // An ignored <h1> and the picture after it, which Pagefind makes the result's image.
      [
        'policies/f/index.html',
        page(
          '<header><h1 data-pagefind-ignore>Library help desks</h1><p data-pagefind-ignore>Status</p></header><p>Weekly help.</p><p><img src="/map.png" alt="Map"></p>',
        ),
      ],
      // An ignored element that never closes: given whole.
      ['policies/e/index.html', page('<p>Salt use</p><div data-pagefind-ignore><p>Unclosed')],
      // No <main> at all: given whole.
      [
        'topics/d/index.html',
        '<!DOCTYPE html><html lang="fr"><head><title>D</title></head><body><div data-pagefind-body>Déneigement</div></body></html>',
      ],
    ];
    for (const whole of [pages[4]![1], pages[5]![1]]) expect(pageForIndexing(whole)).toBe(whole);
    expect(pageForIndexing(pages[0]![1])).not.toContain('Endorsed by Ajax');
    expect(pageForIndexing(pages[1]![1])).not.toContain('History');
    expect(pageForIndexing(pages[3]![1])).toContain('<h1 data-pagefind-ignore>');
    expect(pageForIndexing(pages[3]![1])).not.toContain('Status');
    await expectSameIndex(pages);
  });
});
