import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { judgeText } from '../../text/judge.ts';
import { parseText } from '../../text/parse.ts';
import type { Problems } from '../problems.ts';
import type { SourceFile } from '../source.ts';
import { reportSyntaxError } from './mdx-syntax-errors.ts';

/**
 * MDX in content/ is content, not code. Each text is read by the one parser the pages are
 * rendered with (src/text/parse.ts) and judged by the same rules the renderer applies
 * (src/text/judge.ts): imports, exports, expressions, elements and attributes outside
 * the allowlist, unsafe URLs and remote or missing pictures are refused, each with its line.
 */
export function checkMdxSafety(files: SourceFile[], problems: Problems): void {
  for (const source of files) {
    if (source.text === undefined) continue;
    const body = source.body;
    if (!mayHoldMdxSyntax(body)) continue;
    // Positions in the tree are the body's; the file's lines start before it.
    const lineOffset = source.bodyLineOffset ?? 0;
    const parsed = parseText(body);
    if ('error' in parsed) {
      reportSyntaxError(source, body, parsed.error, lineOffset, problems);
      continue;
    }
    // Pictures are in the policy's folder, for its current text and frozen versions alike.
    const folder =
      source.kind === 'version' ? dirname(dirname(source.absolutePath)) : dirname(source.absolutePath);
    const context = { imageExists: (name: string) => existsSync(join(folder, name)) };
    for (const { line, column, field, message } of judgeText(parsed.tree, body, context, lineOffset)) {
      problems.errorAt(source, { line, column }, field, message);
    }
  }
}

/**
 * Parsing is the slow part of the check (milliseconds a text). A text with none of these
 * cannot hold an element, an expression, an import or export, an escape or entity that could
 * spell out a URL scheme, an unsafe URL, a picture, or nesting deep enough to matter, so it is
 * safe without being parsed; the renderer, which parses every text, finds nothing in it to
 * refuse either.
 */
export function mayHoldMdxSyntax(body: string): boolean {
  return MAY_HOLD_SYNTAX.test(body) || emphasisMarks(body) >= EMPHASIS_MARKS;
}

const MAY_HOLD_SYNTAX =
  /[<{\\]|&(?:#|[a-z][a-z0-9]*;)|^[ \t]*(?:import|export)\b|(?:script|data)\s*:|!\[|^ {0,3}\[[^\]]*\]:|^[ \t>*+\-0-9.)]{16,}/im;

/** Emphasis nested past the depth limit needs at least this many marks. */
const EMPHASIS_MARKS = 48;

function emphasisMarks(body: string): number {
  let count = 0;
  for (let i = 0; i < body.length; i++) {
    const char = body.charCodeAt(i);
    if (char === 42 /* * */ || char === 95 /* _ */ || char === 126 /* ~ */) count++;
  }
  return count;
}
