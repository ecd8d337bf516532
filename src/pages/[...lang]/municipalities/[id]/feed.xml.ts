import type { APIRoute } from 'astro';
import { langFromParam, localName } from '../../../../i18n/index.ts';
import { feedIndex } from '../../../../exports/feed.ts';
import { feedResponse } from '../../../../exports/feed-response.ts';
import { getRegistry } from '../../../../registry/index.ts';
import { urlsFor } from '../../../../lib/urls.ts';
import { municipalityPaths } from '../../../../registry/page-paths.ts';

/** `/municipalities/<id>/feed.xml`: its council's decisions and what its regions ask it to sign. */
export const getStaticPaths = municipalityPaths;

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
