/**
 * Splits an MDX file into its YAML frontmatter and its body, exactly as DESIGN.md defines
 * the body for the text hash: the text after the line that closes the frontmatter. The
 * content check, the text hash and the pages all use this one definition.
 */
export interface SplitFile {
  /** The YAML between the `---` lines. */
  frontmatter: string;
  body: string;
  /** The lines of the file before the body, so that a place in the body can name its file line. */
  bodyLineOffset: number;
}

/** The frontmatter block: `---`, the YAML (group 1), `---`; the body follows. */
export const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

export function splitFrontmatter(text: string): SplitFile | undefined {
  const withoutBom = text.replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(withoutBom);
  if (!match || match.index !== 0) return undefined;
  const bodyLineOffset = match[0].split('\n').length - 1;
  return { frontmatter: match[1]!, body: withoutBom.slice(match[0].length), bodyLineOffset };
}
