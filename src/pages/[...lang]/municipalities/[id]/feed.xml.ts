import type { APIRoute } from 'astro';
import { langFromParam, langPaths, localName } from '../../../../i18n/index.ts';
import { feedIndex } from '../../../../lib/feed.ts';
import { feedResponse } from '../../../../lib/feed-response.ts';
import { getRegistry } from '../../../../lib/registry/index.ts';
import { urlsFor } from '../../../../lib/urls.ts';

/** `/municipalities/<id>/feed.xml`: its council's decisions and what its regions ask it to sign. */
export async function getStaticPaths() {
  const registry = await getRegistry();
  return langPaths().flatMap(({ params }) =>
    [...registry.municipalities.keys()].map((id) => ({ params: { ...params, id } })),
  );
}

export const GET: APIRoute = async ({ params, site }) => {
  const registry = await getRegistry();
  const lang = langFromParam(params.lang);
  const urls = urlsFor(lang);
  const municipality = registry.municipalities.get(params.id!)!;
  return feedResponse(feedIndex(registry).byMunicipality.get(municipality.id) ?? [], {
    registry,
    site,
    lang,
    self: urls.municipalityFeed(municipality.id),
    alternate: urls.municipality(municipality.id),
    name: localName(municipality, lang),
  });
};
