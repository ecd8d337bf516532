import { lstatSync } from 'node:fs';
import { isImageName } from '../../text/images.ts';
import { blobIdsOf, type ContentInRepository } from './git.ts';
import type { PolicyTexts } from './policy-texts.ts';

/**
 * A council signs the words and the pictures they show, and the text hash covers the words
 * only; so the base comparison pins the pictures itself. Every version of a policy shares
 * the pictures in its folder, and a text can name one in ways a simple scan would miss
 * (character references, escapes), so every picture in the folder of a policy that any
 * council has decided on is pinned, not only those a signed text is seen to show.
 */

const PICTURE = /^policies\/([^/]+)\/([^/]+)$/;

/** The pictures in each policy folder at the base, by slug: file name → blob id. */
export function picturesAt(files: ReadonlyMap<string, string>): Map<string, Map<string, string>> {
  const pictures = new Map<string, Map<string, string>>();
  for (const [path, object] of files) {
    const [, slug, name] = PICTURE.exec(path) ?? [];
    if (!slug || !name || !isImageName(name)) continue;
    if (!pictures.has(slug)) pictures.set(slug, new Map());
    pictures.get(slug)!.set(name, object);
  }
  return pictures;
}

/** A picture pinned at the base, and where it must be now (the policy may have been renamed). */
export interface PinnedPicture {
  /** The file now, relative to the content folder. */
  path: string;
  absolutePath: string;
  /** Its blob id at the base. */
  object: string;
}

/** How a pinned picture differs now, by its path relative to the content folder. */
export type PictureChange = 'changed' | 'removed';

/**
 * The pinned pictures that are not, now, a file with the same bytes: one `git hash-object`
 * for them all. A symbolic link where the picture was counts as changed (the check refuses it too).
 */
export function changedPictures(
  repository: ContentInRepository,
  pinned: PinnedPicture[],
): Map<string, PictureChange> {
  const changes = new Map<string, PictureChange>();
  const files: PinnedPicture[] = [];
  for (const picture of pinned) {
    const stat = lstatSync(picture.absolutePath, { throwIfNoEntry: false });
    if (!stat) changes.set(picture.path, 'removed');
    else if (!stat.isFile()) changes.set(picture.path, 'changed');
    else files.push(picture);
  }
  const ids = blobIdsOf(
    repository,
    files.map((picture) => picture.absolutePath),
  );
  files.forEach((picture, i) => {
    if (ids[i] !== picture.object) changes.set(picture.path, 'changed');
  });
  return changes;
}

/**
 * The versions, among those decided on, whose text shows the picture `name` (an image or a
 * link definition written with that file name: `](name`, `]: name`, with `./` or `<`), and
 * who decided on each. Only for the message: the picture is pinned whether or not a version
 * is seen to show it.
 */
export function versionsShowing(policy: PolicyTexts, name: string): { version: string; who: string[] }[] {
  const reference = new RegExp(`\\](?:\\(|:)\\s*<?(?:\\./)?${name.replace(/\./g, '\\.')}(?![a-z0-9.-])`);
  return [...policy.texts]
    .filter(([key, text]) => policy.decided.has(key) && reference.test(text.body))
    .map(([key, text]) => ({ version: text.version, who: policy.decided.get(key)! }));
}
