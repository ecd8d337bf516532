import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import { TEXT_LIMITS } from './limits.ts';

/**
 * The one parser of policy texts. Every text is read here, once, into one Markdown syntax
 * tree (mdast with GFM and MDX nodes): the content check judges that tree
 * (src/check/rules/mdx-safety.ts), and the pages, clause anchors, comparisons and
 * plain-text exports are made from it. Nothing in a text is ever compiled or evaluated, so a
 * construct the parser reads oddly can at worst give wrong HTML, never run code.
 *
 * Sätteri is the parser Astro's own MDX support uses: Rust, about fifteen times faster than
 * remark, with the same reading of MDX. Smart punctuation is applied as the site always
 * rendered texts (curly quotes, dashes); the text hash is taken on the source, not on this.
 */
export type TextTree = Root;

export interface TextSyntaxError {
  /** What the parser or the limits refuse, for an editor. */
  reason: string;
  /** The parser's rule, e.g. `mdx-jsx:unexpected-character`; `limit` for a text too large or deep. */
  rule: string;
  line: number;
  column: number;
}

export type ParsedText = { tree: TextTree } | { error: TextSyntaxError };

export function parseText(body: string): ParsedText {
  const limit = overLimit(body);
  if (limit) return { error: limit };
  let tree: TextTree;
  try {
    tree = mdxToMdast(body, {
      features: { frontmatter: false, gfm: true, smartPunctuation: true },
    }) as TextTree;
  } catch (thrown) {
    return { error: syntaxError(thrown) };
  }
  const deep = tooDeep(tree);
  return deep ? { error: deep } : { tree };
}

/** Sätteri's message: `3:11: Unexpected end of file in expression, … (mdx-jsx:unexpected-character)`. */
function syntaxError(thrown: unknown): TextSyntaxError {
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  const match = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s*\(([a-z-]+:[a-z-]+)\))?$/.exec(message.trim());
  if (!match) return { reason: message, rule: 'syntax', line: 1, column: 1 };
  return { reason: match[3]!, rule: match[4] ?? 'syntax', line: Number(match[1]), column: Number(match[2]) };
}

/**
 * A bound on nesting read off the source in one linear pass, before the parser sees it: the
 * parser's cost is quadratic in depth, so depth must be refused before parsing, not after.
 * It over-counts (four spaces of indentation, or an unclosed tag, count as a level), never
 * under-counts.
 */
/** Generous, so that code samples and unclosed tags in prose never trip it; the tree's own depth is checked after. */
const SCAN_DEPTH = 2 * TEXT_LIMITS.maxDepth;

function overLimit(body: string): TextSyntaxError | undefined {
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > TEXT_LIMITS.maxBytes) {
    return {
      reason: `the text is ${(bytes / 1024 / 1024).toFixed(1)} MB, over the limit of ${TEXT_LIMITS.maxBytes / 1024 / 1024} MB; split it into several policies or move annexes to linked documents`,
      rule: 'limit',
      line: 1,
      column: 1,
    };
  }
  let line = 1;
  let lineStart = 0;
  let open = 0;
  // The end of the tag being read: found once per tag, not once per `<` (a text of `<a<a<a…`
  // would otherwise scan to its end from every one).
  let tagEnd = -1;
  for (let i = 0; i <= body.length; i++) {
    const char = body.charCodeAt(i);
    if (i === body.length || char === 10) {
      // Container markers at the start of a line: quote marks, list markers and indentation.
      const prefix = /^[ \t>*+\-0-9.)]*/.exec(body.slice(lineStart, Math.min(i, lineStart + 4096)))![0];
      const quotes = prefix.split('>').length - 1;
      const indent = prefix.replace(/\t/g, '    ').replace(/[^ ]/g, '').length;
      if (quotes + indent / 4 > SCAN_DEPTH) return depthError(line, 1);
      line++;
      lineStart = i + 1;
    } else if (char === 60 /* < */) {
      // Elements: an opening tag deepens, a closing or self-closing one does not.
      const next = body.charCodeAt(i + 1);
      if (next === 47 /* / */) open = Math.max(0, open - 1);
      else if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) {
        // -2: no `>` after here at all, so none will be found later either.
        if (tagEnd !== -2 && tagEnd < i) {
          const end = body.indexOf('>', i);
          tagEnd = end === -1 ? -2 : end;
        }
        if (tagEnd < 0 || body.charCodeAt(tagEnd - 1) !== 47) open++;
        if (open > SCAN_DEPTH) return depthError(line, i - lineStart + 1);
      }
    }
  }
  return undefined;
}

/** The tree's own depth, walked without recursion: nothing later may overflow the stack on it. */
function tooDeep(tree: TextTree): TextSyntaxError | undefined {
  // Paragraph, emphasis and the like add levels of their own: allow for them.
  const max = TEXT_LIMITS.maxDepth * 2 + 8;
  const stack: [{ children?: unknown[]; position?: { start: { line: number; column: number } } }, number][] =
    [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) return depthError(node.position?.start.line ?? 1, node.position?.start.column ?? 1);
    for (const child of (node.children ?? []) as (typeof node)[]) stack.push([child, depth + 1]);
  }
  return undefined;
}

function depthError(line: number, column: number): TextSyntaxError {
  return {
    reason: `the text nests quotes, lists or elements more than ${TEXT_LIMITS.maxDepth} levels deep; flatten it (a policy needs a few levels at most)`,
    rule: 'limit',
    line,
    column,
  };
}
