import type { APIRoute } from 'astro';
import { langFromParam, langPaths } from '../../../../i18n/index.ts';
import { municipalityOEmbed } from '../../../../lib/embed/oembed.ts';
import { getRegistry } from '../../../../lib/registry/index.ts';

/** `/municipalities/<id>/oembed.json`: the oEmbed answer for its page, announced in the page's head. */
export async function getStaticPaths() {
  const registry = await getRegistry();
  return langPaths().flatMap(({ params }) =>
    [...registry.municipalities.keys()].map((id) => ({ params: { ...params, id } })),
  );
}

export const GET: APIRoute = async ({ params, site }) => {
  const registry = await getRegistry();
  const municipality = registry.municipalities.get(params.id!)!;
  const answer = municipalityOEmbed(municipality, registry, langFromParam(params.lang), site);
  return new Response(JSON.stringify(answer, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
  });
};
