import { resolve } from 'node:path';
import type { SourceFile } from '../check/source.ts';

/**
 * The content files the check read at the start of the build, handed to the content loader
 * (loader.ts) so that the build renders the very files that passed the check, read and parsed
 * once. Reading them again took as long as the check itself (17,000 texts and 100,000
 * endorsements of YAML at 10,000 policies), and a file changed between the two reads would
 * have been built unchecked.
 *
 * The integration and the loader are loaded by Astro as separate module graphs in one
 * process, so the hand-over goes through `globalThis`, under a registered symbol.
 */
const KEY = Symbol.for('common-ground:checked-content');

interface Handed {
  dir: string;
  files: SourceFile[];
}

type WithHanded = typeof globalThis & { [KEY]?: Handed };

/** Leaves the checked files for the loader (astro:config:setup, once the check has passed). */
export function handOverCheckedContent(dir: string, files: SourceFile[]): void {
  (globalThis as WithHanded)[KEY] = { dir: resolve(dir), files };
}

/**
 * The files the check read in `dir`, once: the first load takes them, and a later one (a file
 * changed under `astro dev`) reads the folder again.
 */
export function takeCheckedContent(dir: string): SourceFile[] | undefined {
  const handed = (globalThis as WithHanded)[KEY];
  delete (globalThis as WithHanded)[KEY];
  return handed?.dir === resolve(dir) ? handed.files : undefined;
}
