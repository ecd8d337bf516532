import { normalizeVersion, sameVersion } from '../../lib/versions.ts';
import { decisionsByGuideline } from '../guidelines.ts';
import { decisionName, decisionPlace } from '../decisions.ts';
import type { Problems } from '../problems.ts';
import type { RegistrySources } from '../registry-sources.ts';

/** An endorsement is a dated council decision about a version that existed at the time. */
export function checkEndorsements(sources: RegistrySources, problems: Problems): void {
  for (const [slug, policy] of sources.policies) {
    const { data } = policy;
    const published = new Map<string, string>([[data.version, data.published]]);
    for (const version of sources.versions.get(slug) ?? [])
      published.set(version.data.version, version.data.published);

    data.endorsements.forEach((endorsement, i) => {
      const versionPublished = [...published].find(([version]) =>
        sameVersion(version, endorsement.version),
      )?.[1];
      if (versionPublished && endorsement.date < versionPublished) {
        problems.error(
          ...decisionPlace(policy, i, 'date'),
          `${endorsement.date} is before version ${endorsement.version} was published (${versionPublished}); a council cannot decide on a text before it exists: check the date or the version`,
        );
      }
    });
  }
  // A council decides once per action and version of a guideline, whichever language's text
  // the decision names: the same decision recorded on the original and its translation is one.
  for (const decisions of decisionsByGuideline(sources).values()) {
    const seen = new Map<string, (typeof decisions)[number]>();
    for (const decision of decisions) {
      const { municipality, action, version } = decision.endorsement;
      const key = [municipality, action, normalizeVersion(version)].join(' ');
      const first = seen.get(key);
      if (!first) {
        seen.set(key, decision);
        continue;
      }
      const sameFile = first.slug === decision.slug && !first.policy.decisionFiles?.[first.index];
      const where =
        first.slug !== decision.slug
          ? `${first.slug}, `
          : sameFile && decision.policy.decisionFiles?.[decision.index]
            ? 'index.mdx, '
            : '';
      problems.error(
        ...decisionPlace(decision.policy, decision.index),
        `"${municipality}" already recorded "${action}" on version ${version} (${where}${decisionName(first.policy, first.index)}); remove the duplicate`,
      );
    }
  }
}
