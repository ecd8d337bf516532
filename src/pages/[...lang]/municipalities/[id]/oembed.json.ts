import type { APIRoute } from 'astro';
import { langFromParam } from '../../../../i18n/index.ts';
import { municipalityOEmbed } from '../../../../exports/embed/oembed.ts';
import { getRegistry } from '../../../../registry/index.ts';
import { municipalityPaths } from '../../../../registry/page-paths.ts';

/** `/municipalities/<id>/oembed.json`: the oEmbed answer for its page, announced in the page's head. */
export const getStaticPaths = municipalityPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const registry = await getRegistry();
  const municipality = registry.municipalities.get(params.id!)!;
  const answer = municipalityOEmbed(municipality, registry, langFromParam(params.lang), site);
  return new Response(JSON.stringify(answer, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
  });
};
