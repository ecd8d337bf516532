import type { APIRoute } from 'astro';
import settings from 'virtual:common-ground/settings';
import { langFromParam, localName, useTranslations } from '../../../../i18n/index.ts';
import { calendar, calendarResponse } from '../../../../exports/calendar.ts';
import { getRegistry } from '../../../../registry/index.ts';
import { regionPolicies } from '../../../../lib/reviews.ts';
import { regionPaths } from '../../../../registry/page-paths.ts';

/** `/regions/<id>/calendar.ics`: its texts' review dates and its proposals open for signing. */
export const getStaticPaths = regionPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const registry = await getRegistry();
  const lang = langFromParam(params.lang);
  const region = registry.regions.get(params.id!)!;
  const proposals = (registry.guidelinesByRegion.get(region.id) ?? []).filter(
    (guideline) => guideline.original.status === 'proposed',
  );
  return calendarResponse(
    calendar({
      name: useTranslations(lang)('feed.titleFor', { site: settings.title, name: localName(region, lang) }),
      policies: regionPolicies(registry, region.id),
      proposals,
      lang,
      site,
      today: settings.today,
    }),
  );
};
