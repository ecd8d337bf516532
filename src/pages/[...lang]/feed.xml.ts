import type { APIRoute } from 'astro';
import { langFromParam, langPaths } from '../../i18n/index.ts';
import { feedIndex } from '../../lib/feed.ts';
import { feedResponse } from '../../lib/feed-response.ts';
import { getRegistry } from '../../lib/registry/index.ts';
import { urls } from '../../lib/urls.ts';

/** `/feed.xml`: new proposals, versions and endorsements across the registry. */
export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const registry = await getRegistry();
  return feedResponse(feedIndex(registry).all, {
    registry,
    site,
    lang: langFromParam(params.lang),
    self: urls.feed(),
    alternate: urls.home(),
  });
};
