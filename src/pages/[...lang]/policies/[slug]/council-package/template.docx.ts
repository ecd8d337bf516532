import type { APIRoute, GetStaticPaths } from 'astro';
import { langFromParam } from '../../../../../i18n/index.ts';
import { getRegistry } from '../../../../../registry/index.ts';
import { memberPackagePaths } from '../../../../../registry/page-paths.ts';
import { DOCX_TYPE } from '../../../../../exports/word/document.ts';
import { memberTemplate } from '../../../../../exports/word/member-template.ts';

/**
 * `/policies/<slug>/council-package/template.docx`: the council package with a placeholder in
 * each passage written for a member, which the package page's script fills for the member a
 * clerk picks (src/exports/word/browser/fill-template.ts). Not an address anyone cites.
 */
// Restored from the last build when their guideline is unchanged (src/registry/page-keys.ts).
export const getStaticPaths = memberPackagePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const registry = await getRegistry();
  const page = registry.policies.get(params.slug!)!;
  const file = await memberTemplate(page, registry, langFromParam(params.lang), site);
  return new Response(file, { headers: { 'Content-Type': DOCX_TYPE } });
};
