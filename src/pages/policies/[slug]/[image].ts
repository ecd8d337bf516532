import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRegistry } from '../../../registry/index.ts';
import { imageMediaType, isImageName } from '../../../text/images.ts';

/**
 * The pictures a policy's texts show, published beside its page (`/policies/<slug>/map.png`)
 * and shared by every version and both languages. They are copied byte for byte from the
 * policy's folder, where they were reviewed with the text; nothing is fetched from elsewhere.
 */
export const getStaticPaths = (async () => {
  const registry = await getRegistry();
  return [...registry.policies.values()].flatMap((policy) => {
    const folder = dirname(resolve(policy.entry.filePath!));
    return readdirSync(folder)
      .filter((name) => isImageName(name) && lstatSync(join(folder, name)).isFile())
      .map((image) => ({ params: { slug: policy.slug, image }, props: { path: join(folder, image) } }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, params }) =>
  new Response(readFileSync((props as { path: string }).path), {
    // The check has read its first bytes: it is the picture its name says.
    headers: { 'Content-Type': imageMediaType(params.image!) },
  });
