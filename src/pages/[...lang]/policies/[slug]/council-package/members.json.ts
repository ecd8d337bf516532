import type { APIRoute, GetStaticPaths } from 'astro';
import { langFromParam } from '../../../../../i18n/index.ts';
import { getRegistry } from '../../../../../registry/index.ts';
import { memberPackagePaths } from '../../../../../registry/page-paths.ts';
import { memberPackages } from '../../../../../exports/word/member-packages.ts';

/**
 * `/policies/<slug>/council-package/members.json`: the passages of the council package written
 * for each member with something to sign, and the template they go into
 * (src/exports/word/passages.ts). Fetched by the package page when a clerk asks for a member's
 * Word file.
 */
// Restored from the last build when their guideline is unchanged (src/registry/page-keys.ts).
export const getStaticPaths = memberPackagePaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  getRegistry().then((registry) => {
    const page = registry.policies.get(params.slug!)!;
    const packages = memberPackages(page, registry, langFromParam(params.lang), site);
    return new Response(JSON.stringify(packages), { headers: { 'Content-Type': 'application/json' } });
  });
