import type { APIRoute, GetStaticPaths } from 'astro';
import { langFromParam, langPaths } from '../../../../../i18n/index.ts';
import { getRegistry } from '../../../../../registry/index.ts';
import { pageKeys } from '../../../../../registry/page-keys.ts';
import { isOpenForSigning } from '../../../../../registry/standing.ts';
import { packageRecipients } from '../../../../../exports/word/council-package.ts';
import { DOCX_TYPE } from '../../../../../exports/word/document.ts';
import { memberPackageFile } from '../../../../../exports/word/member-packages.ts';

/**
 * `/policies/<slug>/council-package/<member>.docx`: the council package as a Word document,
 * written for one member of the region with something to sign, in each site's language. A
 * policy has one per such member and language: at scale, members × open guidelines × 2 files.
 */
export const getStaticPaths = (async () => {
  const registry = await getRegistry();
  // Word files take 20 ms each: restored from the last build when their guideline is unchanged.
  const keys = pageKeys(registry);
  return langPaths().flatMap(({ params }) =>
    [...registry.policies.values()].filter(isOpenForSigning).flatMap((policy) =>
      packageRecipients(policy, registry, langFromParam(params.lang)).map((member) => ({
        params: { ...params, slug: policy.slug, member: `${member.municipality.id}.docx` },
        props: { id: member.municipality.id },
        cacheKey: keys.guideline(policy.guideline),
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const registry = await getRegistry();
  const lang = langFromParam(params.lang);
  const page = registry.policies.get(params.slug!)!;
  const member = packageRecipients(page, registry, lang).find(
    (m) => m.municipality.id === (props as { id: string }).id,
  );
  const file = await memberPackageFile(page, registry, lang, site, member!);
  return new Response(file, { headers: { 'Content-Type': DOCX_TYPE } });
};
