import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A fingerprint of the code that turns a text into HTML: the registry's renderer and the
 * versions of the libraries it uses. Rendered texts are kept between builds under it, so a
 * change to any of them renders every text anew, and nothing else does.
 */
export function rendererFingerprint(): string {
  const src = fileURLToPath(new URL('..', import.meta.url));
  const hash = createHash('sha256');
  // Everything in text/ (the comparisons too: they are rarely changed, and a needless
  // re-render is only slower), and the anchors' slugs.
  const files = [
    ...readdirSync(join(src, 'text')).map((name) => join(src, 'text', name)),
    join(src, 'lib', 'slug.ts'),
  ].sort();
  for (const file of files) hash.update(file.slice(src.length)).update(readFileSync(file));
  for (const name of ['satteri', 'mdast-util-to-hast', 'hast-util-to-html', 'hast-util-to-string'])
    hash.update(readFileSync(findPackageJSON(name, import.meta.url)!));
  return hash.digest('hex').slice(0, 16);
}
