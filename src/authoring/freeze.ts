import { Document, isScalar } from 'yaml';
import { quotedScalar } from './yaml-scalars.ts';

/**
 * The file a new version freezes the signed text into, `versions/<old version>.mdx`: the
 * old version's `version`, `published` and `changes`, then its body byte for byte, so its
 * text hash does not change and `npm run check -- --base` sees a move, not an edit. One
 * definition for `npm run new:version` and for the editor's "Revise a guideline"
 * (src/admin/policy-save.ts), which runs in the browser: no file system here.
 *
 * `index` is the frontmatter of index.mdx as signed; `body` the text after its closing line.
 */
export function frozenVersionText(index: Document, body: string): string {
  const frozen = new Document();
  frozen.set('version', quotedScalar(String(index.get('version')), index.get('version', true)));
  const published = index.get('published', true);
  frozen.set('published', quotedScalar(String(isScalar(published) ? published.value : published), published));
  // What changed belongs to the version it tells about: it is frozen with that text.
  const changes = index.get('changes', true);
  if (changes !== undefined) frozen.set('changes', changes);
  return `---\n${frozen.toString({ lineWidth: 0 })}---\n${body}`;
}

/** "1.9" → "1.10": versions count numerically. */
export function nextMinor(version: string): string {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return `${major}.${minor + 1}`;
}

/** The refusals `npm run new:version` and the editor share, in the same words. */
export const revisionRefusals = {
  notLater: (next: string, current: string) =>
    `version ${next} is not later than the current version ${current}`,
  frozenAlready: (path: string, current: string) =>
    `${path} already exists: version ${current} is frozen already`,
};
