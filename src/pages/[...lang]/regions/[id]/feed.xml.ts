import type { APIRoute } from 'astro';
import { langFromParam, localName } from '../../../../i18n/index.ts';
import { feedIndex } from '../../../../exports/feed.ts';
import { feedResponse } from '../../../../exports/feed-response.ts';
import { getRegistry } from '../../../../registry/index.ts';
import { urlsFor } from '../../../../lib/urls.ts';
import { regionPaths } from '../../../../registry/page-paths.ts';

/** `/regions/<id>/feed.xml`: what the region publishes and what its members decide on it. */
export const getStaticPaths = regionPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const registry = await getRegistry();
  const lang = langFromParam(params.lang);
  const urls = urlsFor(lang);
  const region = registry.regions.get(params.id!)!;
  return feedResponse(feedIndex(registry).byRegion.get(region.id) ?? [], {
    registry,
    site,
    lang,
    self: urls.regionFeed(region.id),
    alternate: urls.region(region.id),
    name: localName(region, lang),
  });
};
