import { textHash } from '../../text-hash.ts';
import { sameVersion } from '../../versions.ts';
import type { Problems } from '../problems.ts';
import type { RegistrySources } from '../registry-sources.ts';

/**
 * A recorded text hash is the fingerprint of the words a council signed. If the text no
 * longer matches it, the signed words were edited after signing: that is never allowed.
 */
export function checkTextHashes(sources: RegistrySources, problems: Problems): void {
  for (const [slug, { source, data }] of sources.policies) {
    const bodies = new Map<string, string>([[data.version, source.body]]);
    for (const version of sources.versions.get(slug) ?? [])
      bodies.set(version.data.version, version.source.body);
    const hashes = new Map<string, string>();

    data.endorsements.forEach((endorsement, i) => {
      if (!endorsement.textHash) return;
      const version = [...bodies.keys()].find((v) => sameVersion(v, endorsement.version));
      if (version === undefined) return; // reported by the reference rules
      let actual = hashes.get(version);
      if (!actual) hashes.set(version, (actual = textHash(bodies.get(version)!)));
      if (actual === endorsement.textHash) return;
      const file = sameVersion(version, data.version) ? 'index.mdx' : `versions/${version}.mdx`;
      problems.error(
        source,
        ['endorsements', i, 'textHash'],
        `"${endorsement.municipality}" signed version ${version} with text hash ${endorsement.textHash}, but the text of version ${version} (${file}) now hashes to ${actual}: the signed words were changed after signing. Restore the signed text and publish the change as a new version instead (npm run new:version).`,
      );
    });
  }
}
