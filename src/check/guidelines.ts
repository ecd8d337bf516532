import type { Endorsement } from '../schemas/index.ts';
import type { Checked, RegistrySources } from './registry-sources.ts';
import type { Policy } from '../schemas/index.ts';

/** A decision as written, with the file and list position it was written at. */
export interface WrittenDecision {
  policy: Checked<Policy>;
  slug: string;
  index: number;
  endorsement: Endorsement;
}

/**
 * Every decision on each guideline, by the slug of its original: a translation and its
 * original are one guideline (docs/DESIGN.md), so the rules on decisions see them together,
 * the original's list first, as the registry index decides standing.
 */
export function decisionsByGuideline(sources: RegistrySources): Map<string, WrittenDecision[]> {
  const byGuideline = new Map<string, WrittenDecision[]>();
  const originalOf = (slug: string, data: Policy) =>
    data.translationOf && sources.policies.has(data.translationOf) ? data.translationOf : slug;
  const slugs = [...sources.policies.keys()].sort((a, b) => {
    const first = (slug: string) => (sources.policies.get(slug)!.data.translationOf ? 1 : 0);
    return first(a) - first(b);
  });
  for (const slug of slugs) {
    const policy = sources.policies.get(slug)!;
    const key = originalOf(slug, policy.data);
    const list = byGuideline.get(key) ?? [];
    policy.data.endorsements.forEach((endorsement, index) => list.push({ policy, slug, index, endorsement }));
    byGuideline.set(key, list);
  }
  return byGuideline;
}
