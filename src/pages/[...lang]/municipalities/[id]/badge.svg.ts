import type { APIRoute } from 'astro';
import { langFromParam } from '../../../../i18n/index.ts';
import { municipalityBadge } from '../../../../exports/embed/badges.ts';
import { getRegistry } from '../../../../registry/index.ts';
import { municipalityPaths } from '../../../../registry/page-paths.ts';

/** `/municipalities/<id>/badge.svg`: "Co-signed 6 Durham Region guidelines", for its council's website. */
export const getStaticPaths = municipalityPaths;

export const GET: APIRoute = async ({ params }) => {
  const registry = await getRegistry();
  const municipality = registry.municipalities.get(params.id!)!;
  const { svg } = municipalityBadge(municipality, registry, langFromParam(params.lang));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
