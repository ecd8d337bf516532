import type { APIRoute } from 'astro';
import settings from 'virtual:common-ground/settings';
import { langFromParam, localName, useTranslations } from '../../../../i18n/index.ts';
import { calendar, calendarResponse } from '../../../../exports/calendar.ts';
import { getRegistry } from '../../../../registry/index.ts';
import { signingRequest } from '../../../../registry/standing.ts';
import { municipalityPolicies } from '../../../../lib/reviews.ts';
import { municipalityPaths } from '../../../../registry/page-paths.ts';

/**
 * `/municipalities/<id>/calendar.ics`: the review dates of the texts it stands behind, and
 * the proposals its regions ask it to sign (the ones it has not signed yet).
 */
export const getStaticPaths = municipalityPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const registry = await getRegistry();
  const lang = langFromParam(params.lang);
  const municipality = registry.municipalities.get(params.id!)!;
  const proposals = (registry.regionsByMunicipality.get(municipality.id) ?? []).flatMap((region) =>
    (registry.guidelinesByRegion.get(region.id) ?? []).filter(
      (guideline) =>
        guideline.original.status === 'proposed' && signingRequest(guideline, municipality.id) !== undefined,
    ),
  );
  return calendarResponse(
    calendar({
      name: useTranslations(lang)('feed.titleFor', {
        site: settings.title,
        name: localName(municipality, lang),
      }),
      policies: municipalityPolicies(registry, municipality.id),
      proposals,
      lang,
      site,
      today: settings.today,
    }),
  );
};
