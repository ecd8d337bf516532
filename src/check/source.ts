import { closeSync, openSync, readSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { imageMediaType, isImageName, isPictureOf } from '../text/images.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { AUTHORING_LOCK, listFolder, SYMLINK_FILE, SYMLINK_FOLDER, type Entry } from './content-folder.ts';
import { MAX_MDX_BYTES, MAX_YAML_BYTES } from './limits.ts';
import { parsePlainYaml } from './plain-yaml.ts';
import { decodeContentText, readContentText, type TextProblem } from './read-text.ts';
import type { FieldPath } from './problems.ts';

/**
 * A content file as an editor wrote it: its raw data and enough of its YAML syntax tree
 * to point at the line and column of any field.
 */
export interface SourceFile {
  kind: 'topic' | 'municipality' | 'region' | 'policy' | 'version' | 'decision';
  /** The identifier taken from the file or folder name (`<slug>` for versions and decisions too). */
  id: string;
  /** For a version file, the version named by its file name. */
  fileVersion?: string;
  absolutePath: string;
  displayPath: string;
  /** The parsed YAML or frontmatter, not yet validated. */
  data: unknown;
  /** The MDX body: the text after the line that closes the frontmatter. */
  body: string;
  /** The lines of an MDX file before its body: a place in the body plus this is a file line. */
  bodyLineOffset?: number;
  /** An MDX file's whole text as written, for the rules that read the MDX itself. */
  text?: string;
  /** Line and column of the field at `path`, or of its nearest parent that exists. */
  locate(path: FieldPath): { line?: number; column?: number };
  /**
   * A file that cannot even be parsed, or that is refused unread (a symbolic link, a folder
   * where the file belongs, not UTF-8, too large): the reason. Such a file still names its
   * policy, topic… so that references to it do not fail too; its data is undefined and
   * nothing may publish it.
   */
  parseError?: { message: string; line?: number; column?: number };
}

/**
 * Something wrong with a path that is not a content file: a symbolic link or a file where a
 * folder belongs, a hidden file (a warning: it is not read, but a clerk must know it is there).
 */
export interface PathProblem {
  severity: 'error' | 'warning';
  absolutePath: string;
  message: string;
}

export { FRONTMATTER } from '../lib/frontmatter.ts';

const DATA_FOLDERS = { topics: 'topic', municipalities: 'municipality', regions: 'region' } as const;

const POLICY_FOLDERS = 'policies/ holds one folder per policy, policies/<slug>/index.mdx';

/** Files at the top of the content folder that are not content but belong there. */
const ROOT_FILES = new Set(['published-addresses.txt']);

/**
 * Files as they would be after an edit, by absolute path: the authoring commands check the
 * registry with their changes applied before they write anything.
 */
export type ContentOverlay = ReadonlyMap<string, string>;

/**
 * Reads every content file under `contentDir`, and nothing outside it: no path is followed
 * through a symbolic link (each one is refused), so every file read is inside the folder.
 * Unexpected files are returned as strays; symbolic links, files where a folder belongs,
 * hidden files and unreadable folders as path problems. Files that cannot be read as
 * content (not UTF-8, empty, too large, not plain YAML…) come back with a `parseError`.
 * Never throws for anything found in the folder.
 */
export function readContent(
  contentDir: string,
  overlay: ContentOverlay = new Map(),
): { files: SourceFile[]; strays: string[]; pathProblems: PathProblem[] } {
  contentDir = resolve(contentDir);
  const files: SourceFile[] = [];
  const strays: string[] = [];
  const pathProblems: PathProblem[] = [];
  const refuse = (absolutePath: string, message: string, severity: PathProblem['severity'] = 'error') =>
    pathProblems.push({ severity, absolutePath, message });
  const list = (dir: string) => listFolder(dir, overlay, refuse);
  const stray = (entry: Entry) =>
    entry.type === 'symlink' ? refuse(entry.path, SYMLINK_FILE) : strays.push(entry.path);
  /** Whether `entry` is a real folder; if not, says so, with what belongs there. */
  const isFolder = (entry: Entry, expected: string) => {
    if (entry.type === 'folder') return true;
    refuse(
      entry.path,
      entry.type === 'symlink'
        ? SYMLINK_FOLDER
        : `is a file, but the registry expects a folder here: ${expected}`,
    );
    return false;
  };
  const readFile = (entry: Entry, kind: SourceFile['kind'], id: string, expected: string) => {
    if (entry.type !== 'file') {
      const message =
        entry.type === 'symlink'
          ? SYMLINK_FILE
          : `is a folder, but the registry expects a file here: ${expected}; move what it holds out and remove the folder`;
      return refusedFile(entry.path, kind, id, { message });
    }
    try {
      return kind === 'policy' || kind === 'version'
        ? readMdxFile(entry.path, kind, id, overlay)
        : readYamlFile(entry.path, kind, id, overlay);
    } catch (error) {
      // Defence in depth: whatever a file does to a parser, it is a message naming the file.
      return refusedFile(entry.path, kind, id, { message: `could not be read: ${(error as Error).message}` });
    }
  };

  const root = new Map(
    listFolder(contentDir, overlay, refuse, new Set([AUTHORING_LOCK])).map((entry) => [entry.name, entry]),
  );
  for (const entry of root.values()) {
    if (ROOT_FILES.has(entry.name)) {
      if (entry.type !== 'file')
        refuse(entry.path, entry.type === 'symlink' ? SYMLINK_FILE : 'must be a file');
    } else if (!(entry.name in DATA_FOLDERS) && entry.name !== 'policies') stray(entry);
  }
  // Topics, municipalities, regions, then policies: the order problems are listed in.
  for (const [folder, kind] of Object.entries(DATA_FOLDERS)) {
    const dir = root.get(folder);
    if (!dir || !isFolder(dir, `${folder}/ holds one <id>.yaml file per ${kind}`)) continue;
    for (const entry of list(dir.path)) {
      const match = /^(.*)\.ya?ml$/.exec(entry.name);
      if (match) files.push(readFile(entry, kind, match[1]!, `${folder}/<id>.yaml is a YAML file`));
      else stray(entry);
    }
  }
  const policies = root.get('policies');
  if (!policies || !isFolder(policies, POLICY_FOLDERS)) return { files, strays, pathProblems };
  for (const policy of list(policies.path)) {
    if (!isFolder(policy, `${POLICY_FOLDERS}; move the file into one`)) continue;
    const slug = policy.name;
    for (const entry of list(policy.path)) {
      if (entry.name === 'index.mdx')
        files.push(readFile(entry, 'policy', slug, "a policy's text, index.mdx"));
      else if (isImageName(entry.name)) {
        // A picture the text shows: published beside the policy page (src/pages/policies/[slug]/[image].ts).
        if (entry.type !== 'file')
          refuse(entry.path, entry.type === 'symlink' ? SYMLINK_FILE : 'must be a file');
        else if (!isPictureOf(entry.name, firstBytes(entry.path)))
          refuse(
            entry.path,
            `is not the picture its name says (${imageMediaType(entry.name)}): save it again in that format, or give it the right extension`,
          );
      } else if (entry.name === 'decisions') {
        // One council decision per file (docs/content-format.md): no two clerks edit the same one.
        if (
          !isFolder(
            entry,
            'decisions/ holds one <date>-<municipality>-<action>.yaml file per council decision',
          )
        )
          continue;
        for (const decision of list(entry.path)) {
          if (/\.ya?ml$/.test(decision.name))
            files.push(readFile(decision, 'decision', slug, 'a council decision, decisions/<name>.yaml'));
          else stray(decision);
        }
      } else if (entry.name !== 'versions') stray(entry);
      else if (isFolder(entry, 'versions/ holds the earlier texts, one <version>.mdx file each')) {
        for (const version of list(entry.path)) {
          const match = /^(.*)\.mdx$/.exec(version.name);
          if (!match) stray(version);
          else
            files.push({
              ...readFile(version, 'version', slug, 'an earlier text, versions/<version>.mdx'),
              fileVersion: match[1],
            });
        }
      }
    }
  }
  return { files, strays, pathProblems };
}

/** The text of a file, from the overlay or the disk, or why it is not content text. */
function readText(path: string, overlay: ContentOverlay, limit: number, what: string) {
  const edited = overlay.get(path);
  return edited === undefined
    ? readContentText(path, limit, what)
    : decodeContentText(Buffer.from(edited), limit, what);
}

function readYamlFile(
  path: string,
  kind: SourceFile['kind'],
  id: string,
  overlay: ContentOverlay,
): SourceFile {
  const read = readText(path, overlay, MAX_YAML_BYTES, `a ${kind} file`);
  if (!('text' in read)) return refusedFile(path, kind, id, read);
  return parseYaml(path, kind, id, read.text, 0, '');
}

function readMdxFile(
  path: string,
  kind: SourceFile['kind'],
  id: string,
  overlay: ContentOverlay,
): SourceFile {
  const read = readText(path, overlay, MAX_MDX_BYTES, kind === 'policy' ? 'a policy text' : 'a version text');
  if (!('text' in read)) return refusedFile(path, kind, id, read);
  const text = read.text.replace(/^\uFEFF/, '');
  const split = splitFrontmatter(text);
  if (!split) {
    const file = parseYaml(path, kind, id, '', 0, text);
    file.parseError = {
      message: 'has no frontmatter: the file must start with a line "---"',
      line: 1,
      column: 1,
    };
    return { ...file, text };
  }
  return {
    ...parseYaml(path, kind, id, split.frontmatter, 1, split.body),
    text,
    bodyLineOffset: split.bodyLineOffset,
  };
}

function displayPath(path: string): string {
  return relative(process.cwd(), path) || path;
}

/** A file the check refuses before (or instead of) parsing it. */
function refusedFile(path: string, kind: SourceFile['kind'], id: string, problem: TextProblem): SourceFile {
  return {
    kind,
    id,
    absolutePath: path,
    displayPath: displayPath(path),
    data: undefined,
    body: '',
    locate: () => ({}),
    parseError: problem,
  };
}

function parseYaml(
  path: string,
  kind: SourceFile['kind'],
  id: string,
  yamlText: string,
  lineOffset: number,
  body: string,
): SourceFile {
  const { doc, lineCounter, problem } = parsePlainYaml(yamlText);
  const position = (offset: number) => {
    const { line, col } = (lineCounter as LineCounter).linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const file: SourceFile = {
    kind,
    id,
    absolutePath: path,
    displayPath: displayPath(path),
    // Aliases are refused before this; a limit of none is a second lock against expanding one.
    data: problem ? undefined : doc.toJS({ maxAliasCount: 0 }),
    body,
    locate(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = (doc as Document).getIn(path.slice(0, depth), true) as
          { range?: [number, number, number] } | undefined;
        if (node?.range) return position(node.range[0]);
        // A missing field: point at the key of its parent mapping instead.
        if (depth === 0) return { line: lineOffset + 1 };
      }
      return {};
    },
  };
  if (problem) file.parseError = { message: problem.message, ...position(problem.offset) };
  return file;
}

/** The first bytes of a file, where a picture says what format it is. */
function firstBytes(path: string): Uint8Array {
  const bytes = new Uint8Array(16);
  const descriptor = openSync(path, 'r');
  try {
    readSync(descriptor, bytes, 0, bytes.length, 0);
  } finally {
    closeSync(descriptor);
  }
  return bytes;
}
