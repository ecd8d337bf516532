import type { APIRoute } from 'astro';
import { langFromParam } from '../../../../i18n/index.ts';
import { policyOEmbed } from '../../../../exports/embed/oembed.ts';
import { getRegistry } from '../../../../registry/index.ts';
import { policyPaths } from '../../../../registry/page-paths.ts';

/** `/policies/<slug>/oembed.json`: the oEmbed answer for its page, announced in the page's head. */
export const getStaticPaths = policyPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const registry = await getRegistry();
  const policy = registry.policies.get(params.slug!)!;
  const answer = policyOEmbed(policy, registry, langFromParam(params.lang), site);
  return new Response(JSON.stringify(answer, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
  });
};
