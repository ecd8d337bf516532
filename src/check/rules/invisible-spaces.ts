import type { Problems } from '../problems.ts';
import type { SourceFile } from '../source.ts';

/**
 * Spaces a reader cannot see and the text hash cannot either. The hash drops white space at
 * the end of every line, and JavaScript's white space includes the no-break space and its
 * kin; Markdown does not count those as blank. A line holding only a no-break space looks
 * blank in a diff, hashes as blank, and yet joins or splits the paragraphs around it: the
 * signed words could change with the hash and `--base` none the wiser. Such lines are refused.
 */
const INVISIBLE_AT_END =
  /[\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff][ \t\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*$/;

export function checkInvisibleSpaces(files: SourceFile[], problems: Problems): void {
  for (const source of files) {
    if (source.text === undefined || source.parseError) continue;
    const lines = source.body.split(/\r\n?|\n/);
    const lineOffset = source.bodyLineOffset ?? 0;
    lines.forEach((line, i) => {
      const match = INVISIBLE_AT_END.exec(line);
      if (!match) return;
      const char = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      problems.errorAt(
        source,
        { line: lineOffset + i + 1, column: match.index + 1 },
        'text',
        `ends with an invisible character (U+${char}${char === '00A0' ? ', a no-break space' : ''}) that the text hash ignores and Markdown does not; delete it`,
      );
    });
  }
}
