import type { APIRoute } from 'astro';
import { langFromParam, langPaths } from '../../i18n/index.ts';
import { feedIndex } from '../../exports/feed.ts';
import { feedResponse } from '../../exports/feed-response.ts';
import { getRegistry } from '../../registry/index.ts';
import { urlsFor } from '../../lib/urls.ts';

/** `/feed.xml`: new proposals, versions and endorsements across the registry. */
export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const registry = await getRegistry();
  const lang = langFromParam(params.lang);
  const urls = urlsFor(lang);
  return feedResponse(feedIndex(registry).all, {
    registry,
    site,
    lang,
    self: urls.feed(),
    alternate: urls.home(),
  });
};
