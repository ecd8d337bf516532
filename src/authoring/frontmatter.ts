import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { FRONTMATTER } from '../check/source.ts';
import { Refusal } from './cli.ts';
import { readUtf8 } from './utf8.ts';

/**
 * An MDX file opened for an edit of its frontmatter that keeps everything else as written:
 * the body byte for byte, and in the YAML the comments, quotes, key order and flow lists
 * (the `yaml` package's Document API, printed back with the registry's style).
 */
export interface FrontmatterFile {
  path: string;
  text: string;
  doc: Document;
  /** The text after the line that closes the frontmatter, as the text hash reads it. */
  body: string;
  /** The file with the document's current state as its frontmatter. */
  print(): string;
}

/** How the registry's files write YAML: long lines kept whole, `[a, b]` without padding. */
const printOptions = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * Opens an MDX file for an edit of its frontmatter; refuses a file that is missing, not
 * UTF-8, or without valid frontmatter, since rewriting it would damage it further.
 */
export function openFrontmatter(
  path: string,
  displayPath = relative(process.cwd(), path) || path,
): FrontmatterFile {
  if (!existsSync(path)) throw new Refusal(`${displayPath} does not exist`);
  const text = readUtf8(path, displayPath);
  const match = FRONTMATTER.exec(text);
  if (!match || match.index !== 0)
    throw new Refusal(`${displayPath} has no frontmatter; fix it first (npm run check)`);
  const yamlStart = match[0].indexOf('\n') + 1;
  const yamlEnd = yamlStart + match[1]!.length;
  const doc = parseDocument(match[1]!, { keepSourceTokens: false });
  if (doc.errors.length)
    throw new Refusal(`${displayPath} has frontmatter that is not valid YAML; fix it first (npm run check)`);
  return {
    path,
    text,
    doc,
    body: text.slice(match[0].length),
    print: () => text.slice(0, yamlStart) + doc.toString(printOptions) + text.slice(yamlEnd),
  };
}

export { quotedScalar, setScalar } from './yaml-scalars.ts';
