import { sameVersion } from '../../lib/versions.ts';
import { decisionPlace } from '../decisions.ts';
import type { FieldPath, Problems } from '../problems.ts';
import type { RegistrySources } from '../registry-sources.ts';
import type { SourceFile } from '../source.ts';
import { didYouMean } from '../suggest.ts';

/** Every id written in a file must name something that exists. */
export function checkReferences(sources: RegistrySources, problems: Problems): void {
  const { policies, versions, present } = sources;

  for (const { source, data } of sources.regions.values()) {
    const seen = new Set<string>();
    data.members.forEach((member, i) => {
      if (!present.municipality.has(member))
        unknown(problems, source, ['members', i], 'municipality', member, present.municipality);
      if (seen.has(member))
        problems.error(source, ['members', i], `"${member}" is listed twice; list each member once`);
      seen.add(member);
    });
  }

  for (const [slug, policy] of policies) {
    const { source, data } = policy;
    data.topics.forEach((topic, i) => {
      if (!present.topic.has(topic)) unknown(problems, source, ['topics', i], 'topic', topic, present.topic);
    });
    if (data.region && !present.region.has(data.region))
      unknown(problems, source, ['region'], 'region', data.region, present.region);
    if (data.municipality && !present.municipality.has(data.municipality))
      unknown(problems, source, ['municipality'], 'municipality', data.municipality, present.municipality);

    for (const field of ['supersededBy', 'translationOf'] as const) {
      const target = data[field];
      if (!target) continue;
      const other = policies.get(target);
      if (target === slug)
        problems.error(source, [field], `points to this policy itself; name another policy`);
      else if (!present.policy.has(target))
        unknown(problems, source, [field], 'policy', target, present.policy);
      else if (other?.data.status === 'draft' && data.status !== 'draft') {
        problems.error(
          source,
          [field],
          `"${target}" is a draft, which is not published; publish it first or remove ${field}`,
        );
      }
    }

    const knownVersions = [
      data.version,
      ...(versions.get(slug) ?? []).map((version) => version.data.version),
    ];
    data.endorsements.forEach((endorsement, i) => {
      if (!present.municipality.has(endorsement.municipality)) {
        unknown(
          problems,
          ...decisionPlace(policy, i, 'municipality'),
          'municipality',
          endorsement.municipality,
          present.municipality,
        );
      }
      if (!knownVersions.some((version) => sameVersion(version, endorsement.version))) {
        problems.error(
          ...decisionPlace(policy, i, 'version'),
          `version "${endorsement.version}" does not exist: the current version is "${data.version}" and versions/ holds ${listOrNone(knownVersions.slice(1))}; endorse an existing version or add versions/${endorsement.version}.mdx`,
        );
      }
    });
  }
}

export function unknown(
  problems: Problems,
  source: SourceFile,
  path: FieldPath,
  kind: string,
  id: string,
  known: Iterable<string>,
): void {
  const folder = kind === 'policy' ? 'policies' : kind === 'municipality' ? 'municipalities' : `${kind}s`;
  problems.error(
    source,
    path,
    `unknown ${kind} "${id}"${didYouMean(id, known)}; it must be a file or folder in content/${folder}/`,
  );
}

function listOrNone(items: string[]): string {
  return items.length ? items.map((item) => `"${item}"`).join(', ') : 'none';
}
