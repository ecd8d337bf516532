import { compareVersions } from '../lib/versions.ts';
import type { PolicyView, VersionView } from './index.ts';

export interface VersionPair {
  from: VersionView;
  to: VersionView;
}

/**
 * The comparisons a policy publishes: each version against the next, and each version a
 * council signed or a local text adapts against the current one (what changed since).
 */
export function comparisonPairs(policy: PolicyView): VersionPair[] {
  const ascending = [...policy.versions].sort((a, b) => compareVersions(a.version, b.version));
  const current = ascending.at(-1)!;
  const pairs = new Map<string, VersionPair>();
  for (let i = 1; i < ascending.length; i++) {
    pairs.set(`${ascending[i - 1]!.version}...${ascending[i]!.version}`, {
      from: ascending[i - 1]!,
      to: ascending[i]!,
    });
  }
  for (const version of ascending.slice(0, -1)) {
    if (
      version.endorsements.length ||
      policy.adaptations.some((adaptation) => adaptation.version === version)
    )
      pairs.set(`${version.version}...${current.version}`, { from: version, to: current });
  }
  return [...pairs.values()];
}
