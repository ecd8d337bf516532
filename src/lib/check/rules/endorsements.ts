import { normalizeVersion, sameVersion } from '../../versions.ts';
import type { Problems } from '../problems.ts';
import type { RegistrySources } from '../registry-sources.ts';

/** An endorsement is a dated council decision about a version that existed at the time. */
export function checkEndorsements(sources: RegistrySources, problems: Problems): void {
  for (const [slug, { source, data }] of sources.policies) {
    const published = new Map<string, string>([[data.version, data.published]]);
    for (const version of sources.versions.get(slug) ?? [])
      published.set(version.data.version, version.data.published);

    const seen = new Map<string, number>();
    data.endorsements.forEach((endorsement, i) => {
      const versionPublished = [...published].find(([version]) =>
        sameVersion(version, endorsement.version),
      )?.[1];
      if (versionPublished && endorsement.date < versionPublished) {
        problems.error(
          source,
          ['endorsements', i, 'date'],
          `${endorsement.date} is before version ${endorsement.version} was published (${versionPublished}); a council cannot decide on a text before it exists: check the date or the version`,
        );
      }
      const key = [endorsement.municipality, endorsement.action, normalizeVersion(endorsement.version)].join(
        ' ',
      );
      const first = seen.get(key);
      if (first !== undefined) {
        problems.error(
          source,
          ['endorsements', i],
          `"${endorsement.municipality}" already recorded "${endorsement.action}" on version ${endorsement.version} (endorsements[${first}]); remove the duplicate`,
        );
      } else seen.set(key, i);
    });
  }
}
