import type { APIRoute } from 'astro';
import { langFromParam } from '../../../../i18n/index.ts';
import { policyBadge } from '../../../../exports/embed/badges.ts';
import { getRegistry } from '../../../../registry/index.ts';
import { policyPaths } from '../../../../registry/page-paths.ts';

/** `/policies/<slug>/badge.svg`: its co-signing progress, "5 of 8 Durham Region members". */
export const getStaticPaths = policyPaths;

export const GET: APIRoute = async ({ params }) => {
  const registry = await getRegistry();
  const policy = registry.policies.get(params.slug!)!;
  const { svg } = policyBadge(policy, registry, langFromParam(params.lang));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
