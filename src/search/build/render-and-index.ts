import type { AstroPrerenderer } from 'astro';
import type { BuildTimer } from '../../integration/build-timings.ts';
import type { SearchIndexer } from './search-index.ts';

/**
 * Astro's own prerenderer, with each rendered page handed to the search index on its way to
 * disk: Pagefind then indexes on another core while the build renders, instead of reading
 * every page back once all are written. The page itself is written unchanged. Each render is
 * timed for the bench (build-timings.ts).
 */
export function renderAndIndex(
  indexer: SearchIndexer,
  base: string,
  timer: BuildTimer,
): (prerenderer: AstroPrerenderer) => AstroPrerenderer {
  return (prerenderer) => ({
    ...prerenderer,
    name: `${prerenderer.name}+search-index`,
    async render(request, options) {
      const started = performance.now();
      const result = await prerenderer.render(request, options);
      timer.route(decodeURI(new URL(request.url).pathname), started);
      const response = result instanceof Response ? result : result.response;
      const path = builtFile(new URL(request.url).pathname, base);
      if (!path || response.status !== 200 || !response.headers.get('content-type')?.includes('text/html'))
        return result;
      // The bytes go on to disk as they came: decoding once for the index is enough, where
      // a Response of the string would encode every page a second time.
      const bytes = new Uint8Array(await response.arrayBuffer());
      await indexer.add(path, utf8.decode(bytes));
      const copy = new Response(bytes, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      return result instanceof Response ? copy : { ...result, response: copy };
    },
  });
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
