import type { Decision, Endorsement, Policy } from '../schemas/index.ts';
import type { FieldPath, Problems } from './problems.ts';
import type { Checked, RegistrySources } from './registry-sources.ts';
import type { SourceFile } from './source.ts';

/**
 * A council decision is written in one of two forms (docs/content-format.md): an item of
 * `endorsements` in the policy's frontmatter, or a file of its own under the policy's
 * `decisions/` folder, which is what the editor at /admin/ writes so that clerks never edit
 * the same file. Every rule sees both as one list: the frontmatter's first, then the files in
 * name order; each problem still names the file and field the clerk must fix.
 */

/** A decision file's data as an endorsement: the folder already says which policy. */
export function asEndorsement({ policy: _policy, ...endorsement }: Decision): Endorsement {
  return endorsement;
}

/** Adds each policy's valid decision files to its endorsements; a file in the wrong folder is an error. */
export function mergeDecisionFiles(sources: RegistrySources, problems: Problems): void {
  for (const [slug, decisions] of sources.decisions) {
    const policy = sources.policies.get(slug);
    if (!policy) continue; // a policy folder without a valid index.mdx is reported already
    const valid = decisions.filter(({ source, data }) => {
      if (data.policy === undefined || data.policy === slug) return true;
      problems.error(
        source,
        ['policy'],
        `is "${data.policy}", but the file is in the folder of "${slug}": move the file to content/policies/${data.policy}/decisions/, or correct the policy`,
      );
      return false;
    });
    const written = policy.data.endorsements.length;
    sources.policies.set(slug, {
      ...policy,
      data: {
        ...policy.data,
        endorsements: [...policy.data.endorsements, ...valid.map((d) => asEndorsement(d.data))],
      },
      decisionFiles: [...Array<undefined>(written), ...valid.map((d) => d.source)],
    });
  }
}

/** Where the clerk fixes field `field` of the policy's `index`th decision: its file and field path. */
export function decisionPlace(
  policy: Checked<Policy>,
  index: number,
  ...field: (string | number)[]
): [SourceFile, FieldPath] {
  const file = policy.decisionFiles?.[index];
  return file ? [file, field] : [policy.source, ['endorsements', index, ...field]];
}

/** How a message names a decision for a clerk: `endorsements[2]` or `decisions/2026-01-05-ajax-co-signed.yaml`. */
export function decisionName(policy: Checked<Policy>, index: number): string {
  const file = policy.decisionFiles?.[index];
  return file ? `decisions/${file.absolutePath.split(/[\\/]/).pop()}` : `endorsements[${index}]`;
}

/**
 * The raw data of each policy with its decision files merged in, for the build's loader
 * (src/registry/loader.ts): the build runs only once the check has passed, so the files
 * read here are valid.
 */
export function withDecisionFiles(files: SourceFile[]): SourceFile[] {
  const bySlug = new Map<string, unknown[]>();
  for (const file of files)
    if (file.kind === 'decision' && !file.parseError)
      bySlug.set(file.id, [...(bySlug.get(file.id) ?? []), asEndorsement(file.data as Decision)]);
  return files.map((file) => {
    const decisions = file.kind === 'policy' && !file.parseError ? bySlug.get(file.id) : undefined;
    if (!decisions) return file;
    const data = file.data as { endorsements?: unknown[] };
    return { ...file, data: { ...data, endorsements: [...(data.endorsements ?? []), ...decisions] } };
  });
}
