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
  const lib = fileURLToPath(new URL('../lib/', import.meta.url));
  const hash = createHash('sha256');
  const files = [
    ...readdirSync(join(lib, 'text')).map((name) => join(lib, 'text', name)),
    join(lib, 'clause-label.ts'),
    join(lib, 'slug.ts'),
    join(lib, 'content-components.ts'),
  ].sort();
  for (const file of files) hash.update(file.slice(lib.length)).update(readFileSync(file));
  for (const name of ['satteri', 'mdast-util-to-hast', 'hast-util-to-html', 'hast-util-to-string'])
    hash.update(readFileSync(findPackageJSON(name, import.meta.url)!));
  return hash.digest('hex').slice(0, 16);
}
