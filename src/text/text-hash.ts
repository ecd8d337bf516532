import { createHash } from 'node:crypto';
import { normaliseBody } from './text-normalise.ts';

export { normaliseBody };

/**
 * The text hash of DESIGN.md: `sha256:` + the hex SHA-256 of a version's body, with line
 * endings normalised to `\n`, trailing white space removed from every line, leading and
 * trailing blank lines removed, hashed as UTF-8 with no final newline. Metadata edits never
 * change it; any edit of the signed words does.
 */
export function textHash(body: string): string {
  return `sha256:${createHash('sha256').update(normaliseBody(body), 'utf8').digest('hex')}`;
}
