/**
 * A version's body as the text hash reads it (DESIGN.md): line endings normalised to `\n`,
 * trailing white space removed from every line, leading and trailing blank lines removed.
 * Apart from text-hash.ts, which needs node:crypto, so that the editor in the browser can
 * tell a metadata edit from an edit of the words with the same definition.
 */
export function normaliseBody(body: string): string {
  const lines = body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''));
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === '') start++;
  while (end > start && lines[end - 1] === '') end--;
  return lines.slice(start, end).join('\n');
}
