import { sameVersion } from '../../versions.ts';
import type { Problems } from '../problems.ts';
import type { RegistrySources } from '../registry-sources.ts';
import type { SourceFile } from '../source.ts';
import { didYouMean } from '../suggest.ts';

/** Every id written in a file must name something that exists. */
export function checkReferences(sources: RegistrySources, problems: Problems): void {
  const { topics, municipalities, regions, policies, versions } = sources;

  for (const { source, data } of regions.values()) {
    const seen = new Set<string>();
    data.members.forEach((member, i) => {
      if (!municipalities.has(member)) unknown(problems, source, ['members', i], 'municipality', member, municipalities.keys());
      if (seen.has(member)) problems.error(source, ['members', i], `"${member}" is listed twice; list each member once`);
      seen.add(member);
    });
  }

  for (const [slug, { source, data }] of policies) {
    data.topics.forEach((topic, i) => {
      if (!topics.has(topic)) unknown(problems, source, ['topics', i], 'topic', topic, topics.keys());
    });
    if (data.region && !regions.has(data.region)) unknown(problems, source, ['region'], 'region', data.region, regions.keys());

    for (const field of ['supersededBy', 'translationOf'] as const) {
      const target = data[field];
      if (!target) continue;
      const other = policies.get(target);
      if (target === slug) problems.error(source, [field], `points to this policy itself; name another policy`);
      else if (!other) unknown(problems, source, [field], 'policy', target, policies.keys());
      else if (other.data.status === 'draft' && data.status !== 'draft') {
        problems.error(source, [field], `"${target}" is a draft, which is not published; publish it first or remove ${field}`);
      }
    }

    const knownVersions = [data.version, ...(versions.get(slug) ?? []).map((version) => version.data.version)];
    data.endorsements.forEach((endorsement, i) => {
      if (!municipalities.has(endorsement.municipality)) {
        unknown(problems, source, ['endorsements', i, 'municipality'], 'municipality', endorsement.municipality, municipalities.keys());
      }
      if (!knownVersions.some((version) => sameVersion(version, endorsement.version))) {
        problems.error(
          source,
          ['endorsements', i, 'version'],
          `version "${endorsement.version}" does not exist: the current version is "${data.version}" and versions/ holds ${listOrNone(knownVersions.slice(1))}; endorse an existing version or add versions/${endorsement.version}.mdx`,
        );
      }
    });
  }
}

function unknown(problems: Problems, source: SourceFile, path: (string | number)[], kind: string, id: string, known: Iterable<string>): void {
  const folder = kind === 'policy' ? 'policies' : kind === 'municipality' ? 'municipalities' : `${kind}s`;
  problems.error(source, path, `unknown ${kind} "${id}"${didYouMean(id, known)}; it must be a file or folder in content/${folder}/`);
}

function listOrNone(items: string[]): string {
  return items.length ? items.map((item) => `"${item}"`).join(', ') : 'none';
}
