import type { APIRoute } from 'astro';
import { langFromParam } from '../../../../i18n/index.ts';
import { municipalitySnippet } from '../../../../exports/embed/snippet.ts';
import { getRegistry } from '../../../../registry/index.ts';
import { municipalityPaths } from '../../../../registry/page-paths.ts';

/** `/municipalities/<id>/embed.html`: its standing decisions, for an iframe on its council's website. */
export const getStaticPaths = municipalityPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const registry = await getRegistry();
  const municipality = registry.municipalities.get(params.id!)!;
  const html = municipalitySnippet(municipality, registry, langFromParam(params.lang), site);
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
