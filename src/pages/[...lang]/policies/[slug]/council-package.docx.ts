import type { APIRoute, GetStaticPaths } from 'astro';
import { langFromParam } from '../../../../i18n/index.ts';
import { getRegistry } from '../../../../registry/index.ts';
import { openPolicyPaths } from '../../../../registry/page-paths.ts';
import { councilPackageDocument } from '../../../../exports/word/council-package.ts';
import { DOCX_TYPE, wordFile } from '../../../../exports/word/document.ts';

/** `/policies/<slug>/council-package.docx`: the council package with blanks to fill by hand. */
// Word files take 20 ms each: restored from the last build when their guideline is unchanged.
export const getStaticPaths = openPolicyPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const registry = await getRegistry();
  const page = registry.policies.get(params.slug!)!;
  const file = await wordFile(councilPackageDocument(page, registry, langFromParam(params.lang), site));
  return new Response(file, { headers: { 'Content-Type': DOCX_TYPE } });
};
