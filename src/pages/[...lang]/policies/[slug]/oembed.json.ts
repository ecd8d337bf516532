import type { APIRoute } from 'astro';
import { langFromParam, langPaths } from '../../../../i18n/index.ts';
import { policyOEmbed } from '../../../../lib/embed/oembed.ts';
import { getRegistry } from '../../../../lib/registry/index.ts';

/** `/policies/<slug>/oembed.json`: the oEmbed answer for its page, announced in the page's head. */
export async function getStaticPaths() {
  const registry = await getRegistry();
  return langPaths().flatMap(({ params }) =>
    [...registry.policies.keys()].map((slug) => ({ params: { ...params, slug } })),
  );
}

export const GET: APIRoute = async ({ params, site }) => {
  const registry = await getRegistry();
  const policy = registry.policies.get(params.slug!)!;
  const answer = policyOEmbed(policy, registry, langFromParam(params.lang), site);
  return new Response(JSON.stringify(answer, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
  });
};
