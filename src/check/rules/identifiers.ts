import { idSchema } from '../../schemas/index.ts';
import { compareVersions, normalizeVersion } from '../../lib/versions.ts';
import type { Problems } from '../problems.ts';
import type { RegistrySources } from '../registry-sources.ts';
import type { SourceFile } from '../source.ts';

/** Identifiers come from file and folder names, appear in URLs, and must be unique. */
export function checkFileNames(files: SourceFile[], problems: Problems): void {
  const seen = new Map<string, SourceFile>();
  for (const file of files) {
    if (!idSchema.safeParse(file.id).success) {
      const what =
        file.kind === 'policy' || file.kind === 'version' || file.kind === 'decision'
          ? 'folder name'
          : 'file name';
      problems.error(
        file,
        [],
        `the ${what} "${file.id}" is not a valid identifier: use lowercase letters, digits and single hyphens, e.g. "${suggestId(file.id)}"`,
      );
    }
    // Versions and decisions share their policy's id: their file names tell them apart.
    if (file.kind === 'version' || file.kind === 'decision') continue;
    const key = `${file.kind}:${file.id}`;
    const other = seen.get(key);
    if (other)
      problems.error(
        file,
        [],
        `duplicate ${file.kind} id "${file.id}": ${other.displayPath} has it too; keep one file`,
      );
    else seen.set(key, file);
  }
}

/** Two municipality files for one OCD division would split its endorsements in two. */
export function checkUniqueOcdIds(sources: RegistrySources, problems: Problems): void {
  const byOcdId = new Map<string, string>();
  for (const [id, { source, data }] of sources.municipalities) {
    const other = byOcdId.get(data.ocdId);
    if (other)
      problems.error(
        source,
        ['ocdId'],
        `"${data.ocdId}" is already the ocdId of municipality "${other}"; one municipality, one file`,
      );
    else byOcdId.set(data.ocdId, id);
  }
}

/** A frozen version's file is named after its version, which precedes the current one. */
export function checkVersionFiles(sources: RegistrySources, problems: Problems): void {
  for (const [slug, versions] of sources.versions) {
    const current = sources.policies.get(slug);
    const seen = new Map<string, string>();
    for (const { source, data } of versions) {
      if (source.fileVersion !== data.version) {
        problems.error(
          source,
          ['version'],
          `is "${data.version}" but the file is named "${source.fileVersion}.mdx"; rename the file to versions/${data.version}.mdx or fix the version`,
        );
      }
      const key = normalizeVersion(data.version);
      const other = seen.get(key);
      if (other)
        problems.error(
          source,
          ['version'],
          `version "${data.version}" is also in ${other}; each version has one file`,
        );
      else seen.set(key, source.displayPath);
      if (current && compareVersions(data.version, current.data.version) >= 0) {
        problems.error(
          source,
          ['version'],
          `"${data.version}" is not earlier than the current version "${current.data.version}" in index.mdx; versions/ holds earlier texts only`,
        );
      }
    }
    if (!sources.present.policy.has(slug)) {
      for (const { source } of versions)
        problems.error(source, [], `policy "${slug}" has no index.mdx; an earlier version needs its policy`);
    }
  }
}

function suggestId(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'my-id'
  );
}

/** A former slug still resolves (to its redirect), so no other policy may take it. */
export function checkFormerSlugs(sources: RegistrySources, problems: Problems): void {
  const claimed = new Map<string, string>();
  for (const [slug, { source, data }] of sources.policies) {
    data.formerSlugs?.forEach((former, i) => {
      if (sources.present.policy.has(former)) {
        problems.error(
          source,
          ['formerSlugs', i],
          `"${former}" is the slug of an existing policy; a former slug must be free so that its addresses can redirect here`,
        );
      } else if (claimed.has(former)) {
        problems.error(
          source,
          ['formerSlugs', i],
          `"${former}" is already a former slug of "${claimed.get(former)}"; an old address can redirect to one policy only`,
        );
      } else claimed.set(former, slug);
    });
  }
}
