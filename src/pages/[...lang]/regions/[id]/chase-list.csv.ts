import type { APIRoute } from 'astro';
import { langFromParam, langPaths } from '../../../../i18n/index.ts';
import { chaseList, chaseListColumns } from '../../../../lib/chase-list.ts';
import { toCsv } from '../../../../lib/csv.ts';
import { getRegistry } from '../../../../lib/registry/index.ts';

/** `/regions/<id>/chase-list.csv`: one row per member and guideline it is still asked to sign. */
export async function getStaticPaths() {
  const registry = await getRegistry();
  return langPaths().flatMap(({ params }) =>
    [...registry.regions.keys()].map((id) => ({ params: { ...params, id } })),
  );
}

export const GET: APIRoute = async ({ params, site }) => {
  const registry = await getRegistry();
  const region = registry.regions.get(params.id!)!;
  const rows = chaseList(registry, region, langFromParam(params.lang), site);
  return new Response(toCsv([...chaseListColumns], rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
