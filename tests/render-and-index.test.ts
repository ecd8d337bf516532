import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { buildTimings } from '../src/integration/build-timings.ts';
import { renderAndIndex } from '../src/search/build/render-and-index.ts';
import type { SearchIndexer } from '../src/search/build/search-index.ts';

/**
 * Astro renders several pages at once (`build.concurrency` in astro.config.mjs), and they
 * finish in any order; the search index must still get them in the order Astro started them,
 * or the same pages would give a different index from one build to the next.
 */
describe('pages handed to the search index while Astro renders', () => {
  /** Astro's prerenderer, rendering each page after the delay its address names. */
  const prerenderer = {
    name: 'astro',
    async render(request: Request) {
      const url = new URL(request.url);
      await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 0)));
      if (url.pathname.includes('broken')) throw new Error('this page could not be rendered');
      const html = url.pathname.endsWith('/') ? 'text/html' : 'application/json';
      return new Response(`<html>${url.pathname}</html>`, { headers: { 'content-type': html } });
    },
  } as unknown as AstroPrerenderer;

  function recordingIndexer(): { indexer: SearchIndexer; added: string[] } {
    const added: string[] = [];
    const indexer = {
      add: async (path: string) => void added.push(path),
    } as unknown as SearchIndexer;
    return { indexer, added };
  }

  const render = (wrapped: AstroPrerenderer, path: string, ms: number) =>
    wrapped.render(new Request(`https://example.ca${path}?ms=${ms}`), {} as never);

  it('hands pages over in the order their renders started, whatever order they finish in', async () => {
    const { indexer, added } = recordingIndexer();
    const wrapped = renderAndIndex(indexer, '/', buildTimings(''))(prerenderer);
    const pages = await Promise.all([
      render(wrapped, '/policies/a/', 40),
      render(wrapped, '/data/a.json', 0),
      render(wrapped, '/policies/b/', 10),
      render(wrapped, '/fr/policies/a/', 0),
    ]);
    expect(added).toEqual(['policies/a/index.html', 'policies/b/index.html', 'fr/policies/a/index.html']);
    // Each page is written as it was rendered.
    const bodies = await Promise.all(
      pages.map((page) => (page instanceof Response ? page : page.response).text()),
    );
    expect(bodies[0]).toBe('<html>/policies/a/</html>');
    expect(bodies[3]).toBe('<html>/fr/policies/a/</html>');
  });

  it('does not hold later pages back behind a page that failed', async () => {
    const { indexer, added } = recordingIndexer();
    const wrapped = renderAndIndex(indexer, '/', buildTimings(''))(prerenderer);
    const results = await Promise.allSettled([
      render(wrapped, '/policies/broken/', 20),
      render(wrapped, '/policies/c/', 0),
    ]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled']);
    expect(added).toEqual(['policies/c/index.html']);
  });

  it('answers every waiting page with the index’s error, so that no render hangs', async () => {
    const added: string[] = [];
    const indexer = {
      async add(path: string) {
        if (path.startsWith('policies/bad')) throw new Error('Pagefind stopped');
        added.push(path);
      },
    } as unknown as SearchIndexer;
    const wrapped = renderAndIndex(indexer, '/', buildTimings(''))(prerenderer);
    const results = await Promise.allSettled([
      render(wrapped, '/policies/d/', 0),
      render(wrapped, '/policies/bad/', 30),
      render(wrapped, '/policies/e/', 0),
      render(wrapped, '/policies/f/', 50),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'rejected']);
    expect(added).toEqual(['policies/d/index.html']);
  });
});
