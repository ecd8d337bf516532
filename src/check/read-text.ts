import { readFileSync, statSync } from 'node:fs';
import { formatBytes } from './limits.ts';

/** Why a file's bytes are not content text, and where: the line and column of the first bad byte. */
export interface TextProblem {
  message: string;
  line?: number;
  column?: number;
}

/**
 * Reads a content file as an editor must have saved it: UTF-8 text, not empty, no larger
 * than `limit` bytes (a UTF-8 byte order mark is accepted and dropped). Anything else is a
 * problem a clerk can fix in their editor, never a file shown with replacement characters.
 * `what` names the file's role in messages ("a policy text").
 */
export function readContentText(path: string, limit: number, what: string): { text: string } | TextProblem {
  // The size comes first, so that a huge file is refused without being read.
  const size = statSync(path).size;
  if (size > limit) return tooLarge(size, limit, what);
  return decodeContentText(readFileSync(path), limit, what);
}

/** The checks of `readContentText`, on bytes already read. */
export function decodeContentText(
  bytes: Uint8Array,
  limit: number,
  what: string,
): { text: string } | TextProblem {
  if (bytes.length > limit) return tooLarge(bytes.length, limit, what);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return {
      message: `contains a NUL byte: it is a binary file, not text; ${what} is UTF-8 text (save it from a text editor, not a word processor or a PDF tool)`,
      ...positionOf(bytes, nul),
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      message:
        'is not UTF-8 text (the first bad byte is here): save the file as UTF-8 in your editor ("Save with encoding" → UTF-8) and check the accented letters',
      ...positionOf(bytes, firstInvalidByte(bytes)),
    };
  }
  if (!text.trim())
    return { message: `is empty: ${what} holds at least its fields; write them, or delete the file` };
  return { text };
}

function tooLarge(size: number, limit: number, what: string): TextProblem {
  return {
    message: `is ${formatBytes(size)}, over the ${formatBytes(limit)} limit for ${what} (src/check/limits.ts): a content file holds only the text and its fields; keep documents such as PDFs and spreadsheets elsewhere and link to them`,
  };
}

/** Whether `bytes` are UTF-8; with `stream`, a character cut off at the end is not an error. */
function isUtf8(bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}

/**
 * The offset of the first byte that is not part of a valid UTF-8 character. The decoder does
 * not say where it failed, but every prefix of valid UTF-8 decodes (as a stream), so a binary
 * search finds the longest prefix that does: a few dozen decodes, and only for a bad file.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  let good = 0;
  if (isUtf8(bytes, true)) good = bytes.length;
  else {
    let bad = bytes.length;
    while (bad - good > 1) {
      const middle = (good + bad) >>> 1;
      if (isUtf8(bytes.subarray(0, middle), true)) good = middle;
      else bad = middle;
    }
  }
  // Back up to the start of the character the bad byte interrupted (at most 3 bytes).
  let start = good;
  while (start > 0 && !isUtf8(bytes.subarray(0, start), false)) start--;
  return start;
}

/** Line and column (both from 1, the column in characters) of a byte offset. */
function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}
