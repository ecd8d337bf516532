import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';

/**
 * The few git questions the base comparison asks, answered by the `git` command itself:
 * the registry's history is whatever git says it is, so no library re-implements it.
 */

/** Where a content folder sits in its git repository. */
export interface ContentInRepository {
  /** The repository's work tree (`git rev-parse --show-toplevel`). */
  top: string;
  /** The content folder relative to it, with `/` separators; empty when it is the root. */
  folder: string;
}

/** A git command that failed: its first line of error output, for a one-line message. */
export class GitError extends Error {}

function git(cwd: string, args: string[], input?: string): Buffer {
  try {
    return execFileSync('git', args, {
      cwd,
      input,
      // A whole registry's texts in one answer: 10,000 policies are tens of megabytes.
      maxBuffer: 1 << 30,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  } catch (error) {
    const { stderr, message } = error as { stderr?: Buffer; message: string };
    const first = (stderr?.toString() || message).trim().split('\n')[0];
    throw new GitError(first);
  }
}

/** The repository that holds `contentDir`, or undefined when it is in none (or git is missing). */
export function repositoryOf(contentDir: string): ContentInRepository | undefined {
  let top: string;
  try {
    top = git(contentDir, ['rev-parse', '--show-toplevel']).toString().trim();
  } catch {
    return undefined;
  }
  // Symlinked temporary folders (macOS /tmp) would otherwise give a path with `..` in it.
  const folder = relative(realpathSync(top), realpathSync(contentDir)).split(sep).join('/');
  return { top, folder };
}

/** The commit a ref names (`origin/main`, a tag, a SHA); a GitError when it names none. */
export function resolveCommit(repository: ContentInRepository, ref: string): string {
  return git(repository.top, ['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`])
    .toString()
    .trim();
}

/**
 * Every file under the content folder at `commit`, relative to the content folder, with
 * its blob id: the id says whether a file's bytes are the same now (see `blobIdsOf`).
 */
export function filesAt(repository: ContentInRepository, commit: string): Map<string, string> {
  const prefix = repository.folder ? `${repository.folder}/` : '';
  const listing = git(repository.top, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', prefix || '.']);
  const files = new Map<string, string>();
  // Each entry is `<mode> <type> <object>\t<path>`; only the path can hold a tab.
  for (const entry of listing.toString().split('\0')) {
    const tab = entry.indexOf('\t');
    const [, type, object] = entry.slice(0, tab).split(' ');
    const path = entry.slice(tab + 1);
    if (type === 'blob' && path.startsWith(prefix) && path.length > prefix.length)
      files.set(path.slice(prefix.length), object!);
  }
  return files;
}

/**
 * The blob id each file on disk would have if committed as it is, byte for byte, in one
 * `git hash-object --stdin-paths`. No filters: what the site publishes is the bytes on disk,
 * and a `.gitattributes` in the change itself must not make two different pictures alike.
 * Every path must be a file; a path with a line break (which the command cannot take) has none.
 */
export function blobIdsOf(repository: ContentInRepository, paths: string[]): (string | undefined)[] {
  const hashable = paths.filter((path) => !/[\n\r]/.test(path));
  const ids = hashable.length
    ? git(
        repository.top,
        ['hash-object', '--no-filters', '--stdin-paths'],
        hashable.map((path) => `${path}\n`).join(''),
      )
        .toString()
        .split('\n')
    : [];
  const byPath = new Map(hashable.map((path, i) => [path, ids[i]]));
  return paths.map((path) => byPath.get(path));
}

/**
 * The text of each file (relative to the content folder) at `commit`, read in one
 * `git cat-file --batch` rather than one `git show` per file.
 */
export function readFilesAt(
  repository: ContentInRepository,
  commit: string,
  paths: string[],
): Map<string, string> {
  const texts = new Map<string, string>();
  if (!paths.length) return texts;
  const prefix = repository.folder ? `${repository.folder}/` : '';
  const input = paths.map((path) => `${commit}:${prefix}${path}\n`).join('');
  const output = git(repository.top, ['cat-file', '--batch'], input);
  let at = 0;
  for (const path of paths) {
    const end = output.indexOf(0x0a, at);
    const header = output.subarray(at, end).toString();
    at = end + 1;
    const [, type, size] = header.split(' ');
    if (type !== 'blob') continue; // "missing": listed a moment ago, so not expected
    const length = Number(size);
    texts.set(path, output.subarray(at, at + length).toString('utf8'));
    at += length + 1;
  }
  return texts;
}

/** The path of `file` in the repository (e.g. `content/published-addresses.txt`). */
export function repositoryPath(repository: ContentInRepository, file: string): string {
  return repository.folder ? `${repository.folder}/${file}` : file;
}

/**
 * Whether the last commit (HEAD) of the repository holding `contentDir` has `file` in
 * that folder. False outside a repository, in one with no commit yet, or without git.
 */
export function committedAtHead(contentDir: string, file: string): boolean {
  const repository = repositoryOf(contentDir);
  if (!repository) return false;
  try {
    git(repository.top, ['cat-file', '-e', `HEAD:${repositoryPath(repository, file)}`]);
    return true;
  } catch {
    return false;
  }
}
