import { lstatSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * One name in a content folder and what it is, as `lstat` sees it: a symbolic link is never
 * followed, so it is reported as a link whatever it points to (a file, a folder, outside
 * the repository, nowhere). Since every name on the way to a content file is looked at
 * this way and links are refused, every file the check reads is really inside the folder.
 */
export interface Entry {
  name: string;
  path: string;
  type: 'file' | 'folder' | 'symlink';
}

/** The name the authoring commands' lock file has at the top of the content folder. */
export const AUTHORING_LOCK = '.authoring.lock';

/** What the check says of a symbolic link where a file belongs (or anywhere but a folder's place). */
export const SYMLINK_FILE =
  'is a symbolic link: content files must be real files inside content/; replace it with the file itself';

/** What the check says of a symbolic link where a folder belongs. */
export const SYMLINK_FOLDER =
  'is a symbolic link: content folders must be real folders inside content/; replace it with the folder itself';

type Refuse = (path: string, message: string, severity?: 'error' | 'warning') => void;

/**
 * The entries of `dir`, sorted, with the files an overlay adds (`overlay` keys are absolute
 * paths). Hidden names, devices and unreadable folders are reported through `refuse` and
 * left out, as are the names in `skip`; a folder that does not exist is empty (it may exist
 * only in the overlay).
 */
export function listFolder(
  dir: string,
  overlay: ReadonlyMap<string, string>,
  refuse: Refuse,
  skip: ReadonlySet<string> = new Set(),
): Entry[] {
  const entries = new Map<string, Entry>();
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT')
      refuse(dir, `could not be read (${code ?? (error as Error).message}): check its permissions`);
  }
  for (const name of names) {
    const path = join(dir, name);
    const stats = lstatSync(path, { throwIfNoEntry: false });
    if (!stats) continue; // removed while we looked
    if (stats.isSymbolicLink()) entries.set(name, { name, path, type: 'symlink' });
    else if (stats.isDirectory()) entries.set(name, { name, path, type: 'folder' });
    else if (stats.isFile()) entries.set(name, { name, path, type: 'file' });
    else refuse(path, 'is not a file or a folder (a pipe, socket or device): remove it from content/');
  }
  for (const path of overlay.keys()) {
    if (!path.startsWith(dir + sep)) continue;
    const [name, ...rest] = path.slice(dir.length + 1).split(sep);
    entries.set(name!, { name: name!, path: join(dir, name!), type: rest.length ? 'folder' : 'file' });
  }
  return [...entries.values()]
    .filter((entry) => {
      if (skip.has(entry.name)) return false;
      if (!entry.name.startsWith('.')) return true;
      if (entry.type === 'symlink') refuse(entry.path, SYMLINK_FILE);
      // Not an error: editors and file browsers leave such files (.DS_Store, .swp) everywhere.
      else
        refuse(
          entry.path,
          `is hidden (its name starts with "."), so the registry neither reads nor publishes it: delete it if your editor or file browser left it there; rename it without the dot if it is content`,
          'warning',
        );
      return false;
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
