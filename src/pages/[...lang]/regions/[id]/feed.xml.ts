import type { APIRoute } from 'astro';
import { langFromParam, langPaths, localName } from '../../../../i18n/index.ts';
import { feedIndex } from '../../../../lib/feed.ts';
import { feedResponse } from '../../../../lib/feed-response.ts';
import { getRegistry } from '../../../../lib/registry/index.ts';
import { urlsFor } from '../../../../lib/urls.ts';

/** `/regions/<id>/feed.xml`: what the region publishes and what its members decide on it. */
export async function getStaticPaths() {
  const registry = await getRegistry();
  return langPaths().flatMap(({ params }) =>
    [...registry.regions.keys()].map((id) => ({ params: { ...params, id } })),
  );
}

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
