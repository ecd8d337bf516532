import { toHtml } from 'hast-util-to-html';
import type { Clause } from './clause-label.ts';
import { anchorClauses } from './anchors.ts';
import type { ElementLabels } from './elements.ts';
import { judgeText, type JudgeContext } from './judge.ts';
import { parseText } from './parse.ts';
import { textToHast } from './to-hast.ts';

export interface RenderOptions extends ElementLabels, JudgeContext {
  /** Where clause links point: the version's own address, so that a copied link names it. */
  linkTo(id: string): string;
  /** Announced before each clause's name, e.g. "Link to this clause in version 1.1". */
  linkLabel: string;
  imageUrl(name: string): string;
  /** The file, for the message when a text cannot be rendered. */
  file: string;
  /** The lines of the file before the text (its frontmatter), so that messages name file lines. */
  lineOffset?: number;
}

export interface RenderedText {
  html: string;
  clauses: Clause[];
}

/** A text the renderer refuses: the build stops on it, naming the file and the first problem. */
export class UnrenderableText extends Error {
  override name = 'UnrenderableText';
}

/**
 * A policy text as HTML: parsed by the one parser, judged by the safety rules on that very
 * tree, then turned into HTML from it. The content check has already refused a bad text
 * before the build; judging again here means that a text which reached the renderer any
 * other way (an edit while `astro dev` runs) is refused too, never half-rendered.
 */
export function renderText(body: string, options: RenderOptions): RenderedText {
  const parsed = parseText(body);
  if ('error' in parsed) {
    const { line, column, reason } = parsed.error;
    throw new UnrenderableText(
      `${options.file}: line ${line + (options.lineOffset ?? 0)}:${column}: ${reason} (npm run check explains it)`,
    );
  }
  const problems = judgeText(parsed.tree, body, options, options.lineOffset);
  if (problems.length) {
    const [first] = problems;
    throw new UnrenderableText(
      `${options.file}: line ${first!.line}:${first!.column}: ${first!.field}: ${first!.message} (npm run check lists every problem)`,
    );
  }
  const hast = textToHast(parsed.tree, options);
  const clauses = anchorClauses(hast, options.linkTo, options.linkLabel);
  return { html: toHtml(hast), clauses };
}
