import type { APIRoute } from 'astro';
import { langFromParam } from '../../../../i18n/index.ts';
import { chaseList, chaseListColumns } from '../../../../exports/chase-list.ts';
import { toCsv } from '../../../../exports/csv.ts';
import { getRegistry } from '../../../../registry/index.ts';
import { regionPaths } from '../../../../registry/page-paths.ts';

/** `/regions/<id>/chase-list.csv`: one row per member and guideline it is still asked to sign. */
export const getStaticPaths = regionPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const registry = await getRegistry();
  const region = registry.regions.get(params.id!)!;
  const rows = chaseList(registry, region, langFromParam(params.lang), site);
  return new Response(toCsv([...chaseListColumns], rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
