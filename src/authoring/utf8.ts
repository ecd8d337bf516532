import { readFileSync } from 'node:fs';
import { Refusal } from './cli.ts';

/**
 * A content file's text, refused unless it is UTF-8. Read leniently, a file saved in
 * Windows-1252 decodes with U+FFFD in place of each accented letter, and a command that
 * rewrote it would destroy those letters for good; refused, the clerk can save it again.
 */
export function readUtf8(path: string, displayPath = path): string {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const { line, column } = firstBadByte(bytes);
    throw new Refusal(
      `${displayPath}:${line}:${column}: the file is not UTF-8 (a byte here is not valid UTF-8, often a letter saved as Windows-1252 or Latin-1): open it in your editor and save it with the encoding UTF-8, then run the command again`,
    );
  }
}

/** Line and column (in characters) of the first byte sequence that is not valid UTF-8. */
function firstBadByte(bytes: Uint8Array): { line: number; column: number } {
  // A line feed is never part of a multi-byte sequence, so each line decodes on its own.
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const text = bytes.subarray(start, end);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let decoded = '';
    try {
      // Byte by byte, so that the characters before the bad sequence give its column.
      for (let i = 0; i < text.length; i++)
        decoded += decoder.decode(text.subarray(i, i + 1), { stream: true });
      decoder.decode();
    } catch {
      return { line, column: decoded.length + 1 };
    }
    line++;
    start = end + 1;
  }
  return { line: 1, column: 1 };
}
