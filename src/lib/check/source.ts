import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { splitFrontmatter } from '../frontmatter.ts';
import type { FieldPath } from './problems.ts';

/**
 * A content file as an editor wrote it: its raw data and enough of its YAML syntax tree
 * to point at the line and column of any field.
 */
export interface SourceFile {
  kind: 'topic' | 'municipality' | 'region' | 'policy' | 'version';
  /** The identifier taken from the file or folder name (`<slug>` for versions too). */
  id: string;
  /** For a version file, the version named by its file name. */
  fileVersion?: string;
  absolutePath: string;
  displayPath: string;
  /** The parsed YAML or frontmatter, not yet validated. */
  data: unknown;
  /** The MDX body: the text after the line that closes the frontmatter. */
  body: string;
  /** An MDX file's whole text as written, for the rules that read the MDX itself. */
  text?: string;
  /** Line and column of the field at `path`, or of its nearest parent that exists. */
  locate(path: FieldPath): { line?: number; column?: number };
  /** A file that cannot even be parsed: the reason. */
  parseError?: { message: string; line?: number; column?: number };
}

export { FRONTMATTER } from '../frontmatter.ts';

const DATA_FOLDERS = { topics: 'topic', municipalities: 'municipality', regions: 'region' } as const;

/**
 * Files as they would be after an edit, by absolute path: the authoring commands check the
 * registry with their changes applied before they write anything.
 */
export type ContentOverlay = ReadonlyMap<string, string>;

/** Reads every content file under `contentDir`. Unexpected files are returned as strays. */
export function readContent(
  contentDir: string,
  overlay: ContentOverlay = new Map(),
): { files: SourceFile[]; strays: string[] } {
  contentDir = resolve(contentDir);
  const files: SourceFile[] = [];
  const strays: string[] = [];
  const list = (dir: string) => listWith(dir, overlay);
  const readYamlFile = (path: string, kind: SourceFile['kind'], id: string) =>
    parseYaml(path, kind, id, read(path, overlay), 0, '');
  const readMdxFile = (path: string, kind: SourceFile['kind'], id: string) =>
    parseMdx(path, kind, id, read(path, overlay));
  for (const [folder, kind] of Object.entries(DATA_FOLDERS)) {
    for (const name of list(join(contentDir, folder))) {
      const path = join(contentDir, folder, name);
      const match = /^(.*)\.ya?ml$/.exec(name);
      if (match) files.push(readYamlFile(path, kind, match[1]!));
      else strays.push(path);
    }
  }
  const policiesDir = join(contentDir, 'policies');
  for (const slug of list(policiesDir)) {
    const dir = join(policiesDir, slug);
    for (const name of list(dir)) {
      if (name === 'index.mdx') files.push(readMdxFile(join(dir, name), 'policy', slug));
      else if (name === 'versions') {
        for (const versionName of list(join(dir, name))) {
          const path = join(dir, name, versionName);
          const match = /^(.*)\.mdx$/.exec(versionName);
          if (match) files.push({ ...readMdxFile(path, 'version', slug), fileVersion: match[1] });
          else strays.push(path);
        }
      } else strays.push(join(dir, name));
    }
  }
  return { files, strays };
}

/** The names in a folder, with those the overlay adds; hidden files (temporary ones) are left out. */
function listWith(dir: string, overlay: ContentOverlay): string[] {
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    // A folder that does not exist yet may still be in the overlay.
  }
  for (const path of overlay.keys()) {
    if (path.startsWith(dir + sep)) names.push(path.slice(dir.length + 1).split(sep)[0]!);
  }
  return [...new Set(names)].filter((name) => !name.startsWith('.')).sort();
}

function read(path: string, overlay: ContentOverlay): string {
  return overlay.get(path) ?? readFileSync(path, 'utf8');
}

function parseMdx(path: string, kind: SourceFile['kind'], id: string, raw: string): SourceFile {
  const text = raw.replace(/^\uFEFF/, '');
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
  return { ...parseYaml(path, kind, id, split.frontmatter, 1, split.body), text };
}

function parseYaml(
  path: string,
  kind: SourceFile['kind'],
  id: string,
  yamlText: string,
  lineOffset: number,
  body: string,
): SourceFile {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const file: SourceFile = {
    kind,
    id,
    absolutePath: path,
    displayPath: relative(process.cwd(), path) || path,
    data: doc.errors.length ? undefined : doc.toJS(),
    body,
    locate(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true) as
          { range?: [number, number, number] } | undefined;
        if (node?.range) return position(node.range[0]);
        // A missing field: point at the key of its parent mapping instead.
        if (depth === 0) return { line: lineOffset + 1 };
      }
      return {};
    },
  };
  const error = doc.errors[0];
  if (error) {
    file.parseError = {
      message: `is not valid YAML: ${error.message.split('\n')[0]}`,
      ...position(error.pos[0]),
    };
  }
  return file;
}
