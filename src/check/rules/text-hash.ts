import { textHash } from '../../text/text-hash.ts';
import { sameVersion } from '../../lib/versions.ts';
import { decisionPlace } from '../decisions.ts';
import type { Problems } from '../problems.ts';
import type { RegistrySources } from '../registry-sources.ts';

/**
 * A recorded text hash is the fingerprint of the words a council signed. If the text no
 * longer matches it, the signed words were edited after signing: that is never allowed.
 */
export function checkTextHashes(sources: RegistrySources, problems: Problems): void {
  for (const [slug, policy] of sources.policies) {
    const { source, data } = policy;
    const bodies = new Map<string, string>([[data.version, source.body]]);
    for (const version of sources.versions.get(slug) ?? [])
      bodies.set(version.data.version, version.source.body);
    const hashes = new Map<string, string>();

    data.endorsements.forEach((endorsement, i) => {
      const version = [...bodies.keys()].find((v) => sameVersion(v, endorsement.version));
      if (version === undefined) return; // reported by the reference rules
      let actual = hashes.get(version);
      if (!actual) hashes.set(version, (actual = textHash(bodies.get(version)!)));
      if (!endorsement.textHash) {
        // A decision file has nothing else to pin the words decided on (src/schemas/decision.ts).
        if (policy.decisionFiles?.[i])
          problems.error(
            ...decisionPlace(policy, i, 'textHash'),
            `is required in a decision file: it pins the text of version ${version} the council decided on; add the line "textHash: ${actual}" (the hash of that text now)`,
          );
        return;
      }
      if (actual === endorsement.textHash) return;
      const file = sameVersion(version, data.version) ? 'index.mdx' : `versions/${version}.mdx`;
      problems.error(
        ...decisionPlace(policy, i, 'textHash'),
        `"${endorsement.municipality}" signed version ${version} with text hash ${endorsement.textHash}, but the text of version ${version} (${file}) now hashes to ${actual}: the signed words were changed after signing. Restore the signed text and publish the change as a new version instead (npm run new:version).`,
      );
    });
  }
}
