/** Writes a planned registry as content files, in the format of DESIGN.md. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { PolicyPlan, TopicPlan } from './policies.ts';
import type { Place, RegionPlan } from './places.ts';

/** Every string quoted: unquoted, YAML would read a version "1.10" as the number 1.1. */
function yaml(data: Record<string, unknown>): string {
  const defined = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
  return stringify(defined, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
}

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

export function writeTopic(dir: string, topic: TopicPlan & { description: string }): void {
  write(
    join(dir, 'topics', `${topic.id}.yaml`),
    yaml({ name: topic.name, name_fr: topic.name_fr, description: topic.description }),
  );
}

export function writeMunicipality(dir: string, place: Place): void {
  write(join(dir, 'municipalities', `${place.id}.yaml`), yaml({ name: place.name, ocdId: place.ocdId }));
}

export function writeRegion(dir: string, region: RegionPlan): void {
  write(
    join(dir, 'regions', `${region.id}.yaml`),
    yaml({
      name: region.name,
      name_fr: region.name_fr,
      kind: region.kind,
      members: region.members.map((member) => member.id),
      ocdId: region.ocdId,
      description: region.description,
    }),
  );
}

export function writePolicy(dir: string, policy: PolicyPlan): void {
  const folder = join(dir, 'policies', policy.slug);
  const current = policy.versions[policy.versions.length - 1]!;
  const frontmatter = yaml({
    title: policy.title,
    summary: policy.summary,
    kind: policy.kind,
    status: policy.status,
    topics: policy.topics,
    region: policy.region,
    version: current.version,
    published: current.published,
    reviewBy: policy.reviewBy,
    supersededBy: policy.supersededBy,
    license: policy.license,
    lang: policy.lang,
    translationOf: policy.translationOf,
    endorsements: policy.endorsements.map((endorsement) =>
      Object.fromEntries(Object.entries(endorsement).filter(([, value]) => value !== undefined)),
    ),
  });
  write(join(folder, 'index.mdx'), `---\n${frontmatter}---\n\n${current.text.body}\n`);
  for (const version of policy.versions.slice(0, -1)) {
    const meta = yaml({ version: version.version, published: version.published, changes: version.changes });
    write(join(folder, 'versions', `${version.version}.mdx`), `---\n${meta}---\n\n${version.text.body}\n`);
  }
}
