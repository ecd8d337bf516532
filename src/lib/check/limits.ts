/**
 * How large a content file may be. Editors write these files by hand: a file over its limit
 * is a mistake (a pasted PDF, a generated dump, a runaway copy), and refusing it keeps the
 * check and the build fast and bounded however large the registry grows. The check names the
 * limit it applied, so a clerk knows what was expected.
 */

/** The largest policy or version text (`index.mdx`, `versions/<v>.mdx`): 2 MB, a long by-law many times over. */
export const MAX_MDX_BYTES = 2 * 1024 * 1024;

/** The largest topic, municipality or region file: 256 kB, hundreds of times a real one. */
export const MAX_YAML_BYTES = 256 * 1024;

/** `2 MB`, `256 kB`: a size as the limits above are written. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} kB`;
  return `${bytes} bytes`;
}
