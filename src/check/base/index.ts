import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { MANIFEST, renameRedirects } from '../../integration/addresses.ts';
import type { Problem } from '../problems.ts';
import { readContent } from '../source.ts';
import { derivedAddresses, isDerivable } from './addresses.ts';
import { compareTexts } from './compare-texts.ts';
import {
  filesAt,
  GitError,
  readFilesAt,
  repositoryOf,
  repositoryPath,
  resolveCommit,
  type ContentInRepository,
} from './git.ts';
import { changedPictures, picturesAt, versionsShowing, type PinnedPicture } from './pictures.ts';
import { DECISION_FILE, readPolicyTexts, type PolicyTexts } from './policy-texts.ts';

export { isDerivable } from './addresses.ts';

/**
 * Signed words cannot change silently. A text hash guards a signed text only where a clerk
 * recorded one, and an edit can delete the hash, or the endorsement, along with the words;
 * so this compares the registry with the registry at a git commit (`--base`), where those
 * decisions are already history. Against that commit it refuses: a changed text of any
 * version a council decided on (rescissions too), a changed or removed picture of a policy
 * any council decided on (./pictures.ts), a deleted frozen version, a deleted
 * published policy (unless renamed with `formerSlugs`), a deleted address manifest, and
 * every published address that would disappear. The manifest is read from the commit, so
 * that deleting or editing it in the same change cannot switch the guard off.
 */
export function checkAgainstBase(contentDir: string, ref: string): Problem[] {
  contentDir = resolve(contentDir);
  const display = (path: string) => relative(process.cwd(), join(contentDir, path)) || path;
  const problem = (
    file: string,
    field: string,
    message: string,
    at: { line?: number; column?: number } = {},
  ) => ({ severity: 'error', file, ...at, field, message }) satisfies Problem;

  const repository = repositoryOf(contentDir);
  if (!repository) {
    return [
      problem(
        relative(process.cwd(), contentDir) || '.',
        '--base',
        'is not inside a git repository (or git is not installed): the comparison reads the registry at a commit of its history; run it in a clone',
      ),
    ];
  }
  let commit: string;
  try {
    commit = resolveCommit(repository, ref);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    return [
      problem(
        relative(process.cwd(), contentDir) || '.',
        '--base',
        `"${ref}" names no commit of ${repository.top} (${error.message}): give a branch, tag or commit, e.g. origin/main; a CI checkout needs the whole history (fetch-depth: 0)`,
      ),
    ];
  }

  const base = readBase(repository, commit);
  const now = readCurrent(contentDir);
  const renames = new Map<string, string>();
  for (const policy of now.policies.values())
    for (const former of policy.formerSlugs) renames.set(former, policy.slug);
  const at = `at ${ref}`;
  const inGit = (path: string) => repositoryPath(repository, path);
  const problems: Problem[] = [];
  const pinned: (PinnedPicture & { signed: PolicyTexts; name: string })[] = [];

  for (const signed of [...base.policies.values()].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const policy = now.policies.get(signed.slug) ?? now.policies.get(renames.get(signed.slug) ?? '');
    if (!policy || policy.version === undefined) {
      if (signed.status !== 'draft' && signed.version !== undefined) {
        problems.push(
          problem(
            display(`policies/${signed.slug}/index.mdx`),
            '',
            `was deleted: policy "${signed.slug}" is published ${at} and its addresses are cited. Restore it (git checkout ${ref} -- ${inGit(`policies/${signed.slug}`)}), or, if it was renamed, list "${signed.slug}" under formerSlugs in its new index.mdx`,
          ),
        );
      }
      continue;
    }
    if (signed.decided.size)
      for (const [name, object] of base.pictures.get(signed.slug) ?? []) {
        const path = `policies/${policy.slug}/${name}`;
        pinned.push({ path, absolutePath: join(contentDir, path), object, signed, name });
      }
    for (const [key, text] of signed.texts) {
      const who = signed.decided.get(key);
      const decided = who ? ` (decided on by ${names(who)})` : '';
      const current = policy.texts.get(key);
      if (!current) {
        if (text.frozen) {
          const file = `policies/${policy.slug}/versions/${text.path.split('/').at(-1)}`;
          problems.push(
            problem(
              display(file),
              '',
              `was deleted: version ${text.version} is frozen ${at}${decided}, and its address /policies/${policy.slug}/v/${text.version}/ is cited. Restore it (git checkout ${ref} -- ${inGit(text.path)})`,
            ),
          );
        } else if (who) {
          problems.push(
            problem(
              display(`policies/${policy.slug}/index.mdx`),
              'version',
              `is ${policy.version}, but version ${text.version}, decided on by ${names(who)} ${at}, is in no file: its signed text must stay, frozen. Restore index.mdx from ${ref} and run npm run new:version -- ${policy.slug}, which freezes it in versions/${text.version}.mdx`,
              { line: policy.versionLine, column: 1 },
            ),
          );
        }
        continue;
      }
      if (!who) continue;
      const change = compareTexts(text, current);
      if (!change) continue;
      const fix =
        change.kind === 'words'
          ? `: signed words never change. Restore them (git show ${ref}:${inGit(text.path)}) and publish the change as a new version (npm run new:version)`
          : ' (invisible on screen, but the signed text hash no longer matches)';
      problems.push(
        problem(
          display(current.path),
          'text',
          `version ${text.version} was decided on by ${names(who)} ${at}, and its text ${change.description}${fix}`,
          { line: change.line, column: change.column },
        ),
      );
    }
  }

  const changes = changedPictures(repository, pinned);
  for (const { path, signed, name } of pinned) {
    const change = changes.get(path);
    if (!change) continue;
    const shown = versionsShowing(signed, name);
    const versions = [...signed.decided.keys()].map((key) => signed.texts.get(key)?.version ?? key);
    const decided =
      shown.length === 1
        ? `version ${shown[0]!.version} was decided on by ${names(shown[0]!.who)} ${at} and shows this picture`
        : shown.length
          ? `versions ${names(shown.map((text) => text.version))} were decided on ${at} and show this picture`
          : `policy "${signed.slug}" has versions decided on ${at} (${names(versions)}), and all its versions share the pictures in its folder`;
    const signedPath = inGit(`policies/${signed.slug}/${name}`);
    // Renamed since: the picture is restored into the policy's new folder.
    const restore =
      signedPath === inGit(path)
        ? `git checkout ${ref} -- ${signedPath}`
        : `git show ${ref}:${signedPath} > ${inGit(path)}`;
    problems.push(
      problem(
        display(path),
        'picture',
        `${decided}; it was ${change}. Pictures are part of the signed text: restore it (${restore}) and publish the change as a new version with a new file name`,
      ),
    );
  }

  if (base.manifest !== undefined) {
    const manifestNow = existsSync(join(contentDir, MANIFEST))
      ? manifestLines(readFileSync(join(contentDir, MANIFEST), 'utf8'))
      : undefined;
    if (!manifestNow) {
      problems.push(
        problem(
          display(MANIFEST),
          '',
          `was deleted: ${at} it lists every address the registry has published, and the build needs it to refuse a lost one. Restore it (git checkout ${ref} -- ${inGit(MANIFEST)})`,
        ),
      );
    }
    const published = derivedAddresses({ ...now, policies: now.policies.values() });
    const redirected = renameRedirects(new Set(base.manifest.keys()), renames);
    for (const [address, line] of base.manifest) {
      if (!isDerivable(address) || published.has(address) || address in redirected) continue;
      problems.push(
        problem(
          display(MANIFEST),
          address,
          `published ${at}, this address would disappear: citations point to it. Restore what publishes it, or, if its policy was renamed, list the old slug under formerSlugs`,
          { line: manifestNow?.get(address) ?? line, column: 1 },
        ),
      );
    }
  }
  return problems;
}

/**
 * The addresses the production build of a content folder publishes, in the families the
 * comparison works out without a build (see ./addresses.ts for which).
 */
export function derivedAddressesOf(contentDir: string): Set<string> {
  const now = readCurrent(resolve(contentDir));
  return derivedAddresses({ ...now, policies: now.policies.values() });
}

/** The policies, their pictures and the address manifest of the content folder at `commit`. */
function readBase(repository: ContentInRepository, commit: string) {
  const files = filesAt(repository, commit);
  const wanted = [...files.keys()].filter(
    (path) =>
      path === MANIFEST ||
      /^policies\/[^/]+\/(index|versions\/[^/]+)\.mdx$/.test(path) ||
      DECISION_FILE.test(path),
  );
  const texts = readFilesAt(repository, commit, wanted);
  const manifest = texts.get(MANIFEST);
  return {
    policies: readPolicyTexts(texts),
    pictures: picturesAt(files),
    manifest: manifest === undefined ? undefined : manifestLines(manifest),
  };
}

/** The content folder as it is on disk, read by the same reader as the content check. */
function readCurrent(contentDir: string) {
  const { files } = readContent(contentDir);
  const texts = new Map<string, string>();
  const ids = { municipality: [] as string[], region: [] as string[], topic: [] as string[] };
  for (const file of files) {
    const path = relative(contentDir, file.absolutePath).split(sep).join('/');
    if (file.kind === 'policy' || file.kind === 'version') texts.set(path, file.text ?? '');
    // A decision file says who decided on which version, as the frontmatter's endorsements do.
    else if (file.kind === 'decision') {
      if (!file.parseError) texts.set(path, readFileSync(file.absolutePath, 'utf8'));
    } else ids[file.kind].push(file.id);
  }
  return {
    policies: readPolicyTexts(texts),
    municipalities: ids.municipality,
    regions: ids.region,
    topics: ids.topic,
  };
}

/** Each address of a manifest with its line, comments and blank lines left out. */
function manifestLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  text.split('\n').forEach((line, i) => {
    const address = line.trim();
    if (address && !address.startsWith('#') && !lines.has(address)) lines.set(address, i + 1);
  });
  return lines;
}

/** "ajax, pickering and oshawa"; a long list is cut short: the file has the rest. */
function names(municipalities: string[]): string {
  const shown =
    municipalities.length > 4
      ? [...municipalities.slice(0, 3), `${municipalities.length - 3} others`]
      : municipalities;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
}
