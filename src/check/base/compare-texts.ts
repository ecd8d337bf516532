import { normaliseBody } from '../../text/text-hash.ts';
import type { VersionText } from './policy-texts.ts';

/**
 * How a signed text differs from the same version's text now. Two kinds of difference
 * are invisible on screen, and a clerk told "the words changed" would find nothing to
 * undo; they are named for what they are. Either is still a change: the text hash differs.
 */
export interface TextChange {
  kind: 'unicode' | 'spacing' | 'words';
  /** Where the current file first differs. */
  line: number;
  column: number;
  /** What differs and how to undo it, e.g. `differs only in spacing inside line 12: …`. */
  description: string;
}

interface Line {
  text: string;
  /** The line of the file. */
  line: number;
}

/** The first difference between a signed text and today's text, or undefined when they hash alike. */
export function compareTexts(signed: VersionText, now: VersionText): TextChange | undefined {
  const before = normaliseBody(signed.body);
  const after = normaliseBody(now.body);
  if (before === after) return undefined;
  const a = bodyLines(signed);
  const b = bodyLines(now);
  let i = 0;
  while (i < a.length && i < b.length && a[i]!.text === b[i]!.text) i++;
  const here = b[i] ?? { text: '', line: (b.at(-1)?.line ?? now.bodyLine - 1) + 1 };
  const column = firstDifference(a[i]?.text ?? '', here.text);
  const at = { line: here.line, column: column + 1 };

  if (before.normalize('NFC') === after.normalize('NFC')) {
    return { kind: 'unicode', ...at, description: unicodeDifference(here.text, column) };
  }
  const spaced = (line: Line) => line.text.replace(/\s+/g, ' ');
  if (a.length === b.length && a.every((line, k) => spaced(line) === spaced(b[k]!))) {
    const lines = b.filter((line, k) => line.text !== a[k]!.text).map((line) => line.line);
    return {
      kind: 'spacing',
      ...at,
      description: `differs only in spacing inside line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}: put the spaces back as signed`,
    };
  }
  return { kind: 'words', ...at, description: `was changed, first at line ${here.line}` };
}

/** The body's lines as the text hash reads them, each with its line in the file. */
function bodyLines({ body, bodyLine }: VersionText): Line[] {
  const lines = body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((text, i) => ({ text: text.replace(/\s+$/, ''), line: bodyLine + i }));
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.text === '') start++;
  while (end > start && lines[end - 1]!.text === '') end--;
  return lines.slice(start, end);
}

function firstDifference(a: string, b: string): number {
  let j = 0;
  while (j < a.length && j < b.length && a[j] === b[j]) j++;
  return j;
}

/**
 * `é` is one character (NFC) or `e` followed by a combining accent (NFD); editors and
 * operating systems pick either, the screen shows the same letter, and the hash differs.
 */
function unicodeDifference(line: string, column: number): string {
  let start = column;
  while (start > 0 && /\p{M}/u.test(line[start]!)) start--;
  const written = /^.\p{M}*/u.exec(line.slice(start))?.[0] ?? '';
  const composed = written.normalize('NFC');
  const decomposed = written.normalize('NFD');
  const [letter, ...marks] = [...decomposed];
  const parts = `${letter} + ${marks.length > 1 ? 'accents' : 'accent'}`;
  return written !== composed
    ? `differs only in Unicode normalisation (${composed} written as ${parts}); save the file with composed characters (NFC)`
    : `differs only in Unicode normalisation (${composed} written as one character where the signed text has ${parts}); save the file with decomposed characters (NFD), as signed`;
}
