import type { APIRoute, GetStaticPaths } from 'astro';
import { langFromParam, langPaths } from '../../../../i18n/index.ts';
import { getRegistry } from '../../../../registry/index.ts';
import { pageKeys } from '../../../../registry/page-keys.ts';
import { isOpenForSigning } from '../../../../registry/standing.ts';
import { councilPackageDocument } from '../../../../exports/word/council-package.ts';
import { DOCX_TYPE, wordFile } from '../../../../exports/word/document.ts';

/** `/policies/<slug>/council-package.docx`: the council package with blanks to fill by hand. */
export const getStaticPaths = (async () => {
  const registry = await getRegistry();
  // Word files take 20 ms each: restored from the last build when their guideline is unchanged.
  const keys = pageKeys(registry);
  return langPaths().flatMap(({ params }) =>
    [...registry.policies.values()].filter(isOpenForSigning).map((policy) => ({
      params: { ...params, slug: policy.slug },
      cacheKey: keys.guideline(policy.guideline),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const registry = await getRegistry();
  const page = registry.policies.get(params.slug!)!;
  const file = await wordFile(councilPackageDocument(page, registry, langFromParam(params.lang), site));
  return new Response(file, { headers: { 'Content-Type': DOCX_TYPE } });
};
