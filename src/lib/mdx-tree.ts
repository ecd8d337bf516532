import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * The syntax tree of a content MDX file, read the way @astrojs/mdx reads it (GFM and MDX,
 * frontmatter skipped), outside rendering: for the content check, clause extraction and
 * plain-text exports. Positions are those of the whole file, frontmatter included.
 */

export interface Point {
  line: number;
  column: number;
  offset?: number;
}

/** The few fields of mdast and its MDX extensions that the registry reads. */
export interface MdxNode {
  type: string;
  /** Elements: `Callout`, `abbr`; null for a fragment `<>`. */
  name?: string | null;
  attributes?: MdxAttribute[];
  /** Links, images and definitions. */
  url?: string;
  /** Text, expressions, ESM. */
  value?: unknown;
  children?: MdxNode[];
  position?: { start: Point; end: Point };
}

export interface MdxAttribute {
  /** `mdxJsxAttribute` (name="value"), or `mdxJsxExpressionAttribute` ({...spread}). */
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  /** A string; null when written without a value; an object when written in braces. */
  value?: string | null | { type: string; value: string };
  position?: { start: Point; end: Point };
}

/** What remark-mdx throws on text it cannot read, such as a bare `<` or `{`. */
export interface MdxSyntaxError {
  reason: string;
  /** The extension that refused the text, e.g. `micromark-extension-mdx-jsx`. */
  source?: string;
  ruleId?: string;
  place?: Point;
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMdx);

export function parseMdx(text: string): { tree: MdxNode } | { error: MdxSyntaxError } {
  try {
    return { tree: processor.parse(text) as MdxNode };
  } catch (thrown) {
    const error = thrown as {
      reason?: string;
      message?: string;
      source?: string;
      ruleId?: string;
      place?: Point | { start: Point };
    };
    const place = error.place && 'start' in error.place ? error.place.start : error.place;
    return {
      error: {
        reason: error.reason ?? error.message ?? String(thrown),
        source: error.source,
        ruleId: error.ruleId,
        place,
      },
    };
  }
}

/**
 * The text of an MDX file as @astrojs/mdx compiles it: the frontmatter that Astro's own
 * parser finds is blanked out with spaces, so positions stay those of the file. The check
 * must read exactly this: where Astro ends the frontmatter earlier than a YAML reader would
 * (its closing `---` need not end its line), the rest is compiled as MDX.
 *
 * This is Astro's `parseFrontmatter(text, { frontmatter: 'empty-with-spaces' })` without
 * parsing the YAML, which would double the time of the whole check; a test holds the two
 * to the same result.
 */
export function compiledMdxText(text: string): string {
  const raw = extractFrontmatter(text);
  if (raw === undefined) return text;
  const delimiter = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/.exec(text)?.[1] ?? '---';
  return text.replace(`${delimiter}${raw}${delimiter}`, () => `   ${raw.replace(/[^\r\n]/g, ' ')}   `);
}

/** Every node of the tree, parents before their children, in document order. */
export function* walk(node: MdxNode): Generator<MdxNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** Line and column of an offset in a text, both counted from 1. */
export function pointAt(text: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1, offset };
}
