import { TEXT_LIMITS } from '../text/limits.ts';

/**
 * How large a content file may be. Editors write these files by hand: a file over its limit
 * is a mistake (a pasted PDF, a generated dump, a runaway copy), and refusing it keeps the
 * check and the build fast and bounded however large the registry grows. The check names the
 * limit it applied, so a clerk knows what was expected.
 */

/** The largest policy or version file (`index.mdx`, `versions/<v>.mdx`): the parser's own limit, 2 MB. */
export const MAX_MDX_BYTES = TEXT_LIMITS.maxBytes;

/** The largest topic, municipality or region file: 256 kB, hundreds of times a real one. */
export const MAX_YAML_BYTES = 256 * 1024;

/** `2 MB`, `256 kB`: a size as the limits above are written. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} kB`;
  return `${bytes} bytes`;
}
