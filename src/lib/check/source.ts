import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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
  /** Line and column of the field at `path`, or of its nearest parent that exists. */
  locate(path: FieldPath): { line?: number; column?: number };
  /** A file that cannot even be parsed: the reason. */
  parseError?: { message: string; line?: number; column?: number };
}

const DATA_FOLDERS = { topics: 'topic', municipalities: 'municipality', regions: 'region' } as const;

/** Reads every content file under `contentDir`. Unexpected files are returned as strays. */
export function readContent(contentDir: string): { files: SourceFile[]; strays: string[] } {
  const files: SourceFile[] = [];
  const strays: string[] = [];
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

function list(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .sort();
  } catch {
    return [];
  }
}

function readYamlFile(path: string, kind: SourceFile['kind'], id: string): SourceFile {
  return parseYaml(path, kind, id, readFileSync(path, 'utf8'), 0, '');
}

function readMdxFile(path: string, kind: SourceFile['kind'], id: string): SourceFile {
  const text = readFileSync(path, 'utf8');
  const split = splitFrontmatter(text);
  if (!split) {
    const file = parseYaml(path, kind, id, '', 0, text);
    file.parseError = {
      message: 'has no frontmatter: the file must start with a line "---"',
      line: 1,
      column: 1,
    };
    return file;
  }
  return parseYaml(path, kind, id, split.frontmatter, 1, split.body);
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
