import type { APIRoute, GetStaticPaths } from 'astro';
import { getRegistry } from '../../../../../registry/index.ts';
import { pageKeys } from '../../../../../registry/page-keys.ts';
import { DOCX_TYPE, wordFile } from '../../../../../exports/word/document.ts';
import { versionDocument } from '../../../../../exports/word/version.ts';

/**
 * `/policies/<slug>/v/<version>/<slug>-<version>.docx`: each version's text as a Word
 * document, for the staff who work in Word. One file per version, in the text's own
 * language, linked from both languages' pages; named with the slug and version, so that a
 * downloaded copy still says what it is.
 */
export const getStaticPaths = (async () => {
  const registry = await getRegistry();
  // Word files take 20 ms each: restored from the last build when their guideline is unchanged.
  const keys = pageKeys(registry);
  return [...registry.policies.values()].flatMap((policy) =>
    policy.versions.map((version) => ({
      params: { slug: policy.slug, version: version.version, file: `${policy.slug}-${version.version}.docx` },
      cacheKey: keys.guideline(policy.guideline),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const registry = await getRegistry();
  const policy = registry.policies.get(params.slug!)!;
  const version = policy.versions.find((v) => v.version === params.version)!;
  const file = await wordFile(versionDocument(policy, version, site));
  return new Response(file, { headers: { 'Content-Type': DOCX_TYPE } });
};
