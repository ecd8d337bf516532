import type { TextSyntaxError } from '../../text/parse.ts';
import type { Problems } from '../problems.ts';
import type { SourceFile } from '../source.ts';

/**
 * MDX reads `<` and `{` as code, so ordinary prose such as "fewer than <10 days" cannot be
 * read at all. The parser's own messages are written for programmers; this says where the
 * character is and what to write instead. `body` is the text the parser read, and
 * `lineOffset` the lines of the file before it.
 */
export function reportSyntaxError(
  source: SourceFile,
  body: string,
  error: TextSyntaxError,
  lineOffset: number,
  problems: Problems,
): void {
  const at = (line: number, column: number) => ({ line: line + lineOffset, column });
  if (error.rule === 'limit') {
    problems.errorAt(source, at(error.line, error.column), 'text', error.reason);
    return;
  }
  const offset = offsetOf(body, error.line, error.column);
  const char = body[offset];
  const closing = /closing tag for `<(\w+)>`/.exec(error.reason);
  if (/ in expression|`\{`/.test(error.reason) || char === '{') {
    const brace = openingBrace(body, offset);
    problems.errorAt(
      source,
      brace ? at(...brace) : at(error.line, error.column),
      '{',
      'starts a JavaScript expression in MDX, which content cannot contain; for a brace write \\{ or use words',
    );
  } else if (closing) {
    problems.errorAt(
      source,
      at(error.line, error.column),
      `<${closing[1]}>`,
      `cannot be read as MDX: ${plain(error.reason)}; write an element without text as <${closing[1]} />`,
    );
  } else if (char === '<') {
    const next = body.slice(offset + 1, offset + 12);
    if (next.startsWith('!')) {
      problems.errorAt(
        source,
        at(error.line, error.column),
        '<!',
        'HTML comments and declarations cannot be used in MDX; remove it',
      );
    } else if (/^(?:https?:|mailto:|www\.)/i.test(next)) {
      problems.errorAt(
        source,
        at(error.line, error.column),
        '<',
        'write a link as [text](https://…), not in angle brackets',
      );
    } else if (/^after `<`/.test(error.reason.replace(/^Unexpected character /, ''))) {
      problems.errorAt(
        source,
        at(error.line, error.column),
        '<',
        'starts a component in MDX, and this one is not; for a less-than sign write &lt; or use words ("less than")',
      );
    } else {
      problems.errorAt(
        source,
        at(error.line, error.column),
        '<',
        `this tag cannot be read (${plain(error.reason)}); write attribute values in quotes, e.g. <Callout kind="note">, or write &lt; for a less-than sign`,
      );
    }
  } else {
    problems.errorAt(
      source,
      at(error.line, error.column),
      'MDX',
      `cannot be read as MDX: ${plain(error.reason)}`,
    );
  }
}

/** The parser's reason without its notes for programmers (character codes, links). */
function plain(reason: string): string {
  return reason.replace(/ \(U\+[0-9A-F]+\)/g, '').replace(/ \(note:.*\)$/, '');
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return offset + column - 1;
}

/** The outermost brace still open at `offset`: the one that began the unreadable expression. */
function openingBrace(text: string, offset: number): [number, number] | undefined {
  const open: number[] = [];
  for (let i = 0; i < Math.min(offset + 1, text.length); i++) {
    if (text[i - 1] === '\\') continue;
    if (text[i] === '{') open.push(i);
    else if (text[i] === '}') open.pop();
  }
  const start = open[0] ?? text.lastIndexOf('{', offset);
  if (start === -1) return undefined;
  const before = text.slice(0, start);
  const line = before.split('\n').length;
  return [line, start - before.lastIndexOf('\n')];
}
