import { pointAt, type MdxSyntaxError, type Point } from '../../mdx-tree.ts';
import type { Problems } from '../problems.ts';
import type { SourceFile } from '../source.ts';

/**
 * MDX reads `<`, `{` and lines starting with `import` or `export` as code, so ordinary prose
 * such as "fewer than <10 days" cannot be read at all. The parser's own messages are
 * written for programmers; this says where the character is and what to write instead.
 * `text` is the file as MDX reads it, with its frontmatter blanked out.
 */
export function reportSyntaxError(
  source: SourceFile,
  text: string,
  error: MdxSyntaxError,
  problems: Problems,
): void {
  const offset = error.place?.offset ?? text.length;
  if (error.source === 'micromark-extension-mdx-jsx') {
    const start = text.lastIndexOf('<', Math.max(0, offset - 1));
    const next = text.slice(start + 1, start + 12);
    const at = start === -1 ? error.place : pointAt(text, start);
    if (next.startsWith('!')) {
      problems.errorAt(
        source,
        at ?? {},
        '<!',
        'HTML comments and declarations cannot be used in MDX; remove it',
      );
    } else if (/^(?:https?:|mailto:|www\.)/i.test(next)) {
      problems.errorAt(source, at ?? {}, '<', 'write a link as [text](https://…), not in angle brackets');
    } else if (start !== -1 && offset - start <= 1) {
      problems.errorAt(
        source,
        at ?? {},
        '<',
        'starts a component in MDX, and this one is not; for a less-than sign write &lt; or use words ("less than")',
      );
    } else {
      problems.errorAt(
        source,
        at ?? {},
        '<',
        `this tag cannot be read (${plain(error.reason)}); write attribute values in quotes, e.g. <Callout kind="note">, or write &lt; for a less-than sign`,
      );
    }
  } else if (error.source === 'micromark-extension-mdx-expression') {
    problems.errorAt(
      source,
      openingBrace(text, offset) ?? error.place ?? {},
      '{',
      'starts a JavaScript expression in MDX, which content cannot contain; for a brace write \\{ or use words',
    );
  } else if (error.source === 'micromark-extension-mdxjs-esm') {
    problems.errorAt(
      source,
      esmLine(text, offset) ?? error.place ?? {},
      'import/export',
      'a line starting with "import" or "export" is read as JavaScript; reword the line (e.g. "Imports are…") or remove it',
    );
  } else {
    const closing = /closing tag for `<(\w+)>`/.exec(error.reason);
    const hint = closing ? `; write an element without text as <${closing[1]} />` : '';
    // These errors name the element's own place in their reason, e.g. `(11:10-11:14)`.
    const [, line, column] = /\((\d+):(\d+)-/.exec(error.reason) ?? [];
    problems.errorAt(
      source,
      line ? { line: Number(line), column: Number(column) } : (error.place ?? {}),
      closing ? `<${closing[1]}>` : 'MDX',
      `cannot be read as MDX: ${plain(error.reason)}${hint}`,
    );
  }
}

/** The parser's reason without its notes for programmers (character codes, links). */
function plain(reason: string): string {
  return reason.replace(/ \(U\+[0-9A-F]+\)/g, '').replace(/ \(note:.*\)$/, '');
}

/** The outermost brace still open at `offset`: the one that began the unreadable expression. */
function openingBrace(text: string, offset: number): Point | undefined {
  const open: number[] = [];
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    const char = text[i];
    if (text[i - 1] === '\\') continue;
    if (char === '{') open.push(i);
    else if (char === '}') open.pop();
  }
  const start = open[0] ?? text.lastIndexOf('{', offset);
  return start === -1 ? undefined : pointAt(text, start);
}

/** The start of the `import` or `export` line the unreadable code began on. */
function esmLine(text: string, offset: number): Point | undefined {
  let lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  while (lineStart > 0 && !/^(?:import|export)\b/.test(text.slice(lineStart))) {
    lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  }
  return /^(?:import|export)\b/.test(text.slice(lineStart)) ? pointAt(text, lineStart) : undefined;
}
