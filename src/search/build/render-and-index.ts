import type { AstroPrerenderer } from 'astro';
import type { BuildTimer } from '../../integration/build-timings.ts';
import type { SearchIndexer } from './search-index.ts';

/**
 * Astro's own prerenderer, with each rendered page handed to the search index on its way to
 * disk: Pagefind then indexes on another core while the build renders, instead of reading
 * every page back once all are written. The page itself is written unchanged. Each render is
 * timed for the bench (build-timings.ts).
 *
 * Astro renders several pages at once (`build.concurrency`), and they finish in an order that
 * varies from build to build; Pagefind numbers pages as they come, so the index would too.
 * Pages are therefore handed over in the order Astro starts rendering them, which is its
 * fixed order of routes: the same pages always give the same index.
 */
export function renderAndIndex(
  indexer: SearchIndexer,
  base: string,
  timer: BuildTimer,
): (prerenderer: AstroPrerenderer) => AstroPrerenderer {
  return (prerenderer) => {
    const handOver = inTurn(indexer);
    return {
      ...prerenderer,
      name: `${prerenderer.name}+search-index`,
      async render(request, options) {
        const turn = handOver.take();
        let page: Page | undefined;
        try {
          const started = performance.now();
          const result = await prerenderer.render(request, options);
          timer.route(decodeURI(new URL(request.url).pathname), started);
          const response = result instanceof Response ? result : result.response;
          const path = builtFile(new URL(request.url).pathname, base);
          if (
            !path ||
            response.status !== 200 ||
            !response.headers.get('content-type')?.includes('text/html')
          )
            return result;
          // The bytes go on to disk as they came: decoding once for the index is enough, where
          // a Response of the string would encode every page a second time.
          const bytes = new Uint8Array(await response.arrayBuffer());
          page = { path, html: utf8.decode(bytes) };
          const copy = new Response(bytes, {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
          });
          return result instanceof Response ? copy : { ...result, response: copy };
        } finally {
          // Also when the render failed: later pages must not wait for this one for ever.
          await handOver.done(turn, page);
        }
      },
    };
  };
}

interface Page {
  path: string;
  html: string;
}

/**
 * Hands pages to the index in the order their renders started. A render that finishes early
 * waits for those started before it, so at most `build.concurrency` pages are held; if the
 * index fails, every page waiting is answered with the same error, and none hangs.
 */
function inTurn(indexer: SearchIndexer) {
  let taken = 0;
  let next = 0;
  const finished = new Map<number, { page: Page | undefined; handed: PromiseWithResolvers<void> }>();
  let failure: { error: unknown } | undefined;
  let handing = Promise.resolve();
  const handOver = async () => {
    while (!failure && finished.has(next)) {
      const { page, handed } = finished.get(next)!;
      finished.delete(next);
      next += 1;
      try {
        if (page) await indexer.add(page.path, page.html);
        handed.resolve();
      } catch (error) {
        failure = { error };
        handed.reject(error);
        for (const waiting of finished.values()) waiting.handed.reject(error);
        finished.clear();
      }
    }
  };
  return {
    take: () => taken++,
    /** Resolves once the page of this turn (none for a file or a failed render) is handed over. */
    done(turn: number, page: Page | undefined): Promise<void> {
      const handed = Promise.withResolvers<void>();
      if (failure) handed.reject(failure.error);
      else {
        finished.set(turn, { page, handed });
        // One hand-over at a time, so that pages reach indexer.add in turn even while it waits.
        handing = handing.then(handOver);
      }
      return handed.promise;
    },
  };
}
const utf8 = new TextDecoder();

/**
 * The file a page address is written to, relative to the output folder, with
 * `build.format: 'directory'`: `/policies/x/` → `policies/x/index.html`. Anything else (an
 * endpoint, a file-format page such as 404.html) is left to the index's final pass.
 */
function builtFile(pathname: string, base: string): string | undefined {
  const decoded = decodeURI(pathname);
  if (!decoded.startsWith(base) || !decoded.endsWith('/')) return undefined;
  return `${decoded.slice(base.length)}index.html`;
}
