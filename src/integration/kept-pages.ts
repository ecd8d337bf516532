import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';

/**
 * The last site's pages, kept where they are for the next build instead of copied back from
 * the cache one by one. Astro's incremental build restores an unchanged page by copying it
 * from its cache folder (229,000 files at 10,000 policies), unless the page is already in the
 * output folder, which it then leaves as it is. The staged build (staged-out-dir.ts) therefore
 * starts from the last published site, but only when that site is exactly the output of the
 * build that wrote the cache's record, and only with the files that record lists: everything
 * else (the bundle, the search index, the sitemap, a file put there by hand) is deleted first
 * and written again by this build, and a listed page this build no longer makes is deleted
 * after rendering.
 *
 * This reads Astro's own record of the incremental build (`incremental-build.json`, format 1,
 * Astro 7.3): a record of another format, or none, and the last site is discarded as before.
 */
const RECORD = 'incremental-build.json';
const RECORD_FORMAT = 1;
/** Which site the cache's record was written with; kept in the cache folder, not in the site. */
const STAMP = 'common-ground-site.json';

interface IncrementalRecord {
  version: number;
  routes: { [component: string]: { paths: { [pathname: string]: { outputFile: string } } } };
}

/** The files, relative to the output folder, that a record says its build wrote, or undefined. */
function recordedFiles(cacheDir: string, bytes = readRecord(cacheDir)): Set<string> | undefined {
  if (!bytes) return undefined;
  let record: IncrementalRecord;
  try {
    record = JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
  if (record?.version !== RECORD_FORMAT || typeof record.routes !== 'object') return undefined;
  const files = new Set<string>();
  for (const { paths } of Object.values(record.routes))
    for (const { outputFile } of Object.values(paths ?? {}))
      if (typeof outputFile === 'string') {
        const file = normalize(decodeURI(outputFile));
        if (inside(file)) files.add(file);
      }
  return files;
}

/** Astro writes addresses inside the output folder; anything else is not a page of it. */
const inside = (file: string) => !isAbsolute(file) && !normalize(file).split(sep).includes('..');

/** The record's bytes (56 MB at 10,000 policies: read once, hashed and parsed from one buffer). */
function readRecord(cacheDir: string): Buffer | undefined {
  const file = join(cacheDir, RECORD);
  return existsSync(file) ? readFileSync(file) : undefined;
}

const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * The pages of the site in `outDir` that the next build may keep, or undefined when the site
 * is not the one the cache's record was written with (another cache, a build that failed
 * after writing its record, a site copied from elsewhere).
 */
export function keptPages(outDir: string, cacheDir: string): Set<string> | undefined {
  if (!existsSync(outDir)) return undefined;
  let stamp: { site?: string; record?: string };
  try {
    stamp = JSON.parse(readFileSync(join(cacheDir, STAMP), 'utf8'));
  } catch {
    return undefined;
  }
  const bytes = readRecord(cacheDir);
  if (stamp.site !== outDir || !stamp.record || !bytes || stamp.record !== digest(bytes)) return undefined;
  return recordedFiles(cacheDir, bytes);
}

/** Records that the site just published in `outDir` is the output of the cache's record. */
export function stampSite(outDir: string, cacheDir: string): void {
  const bytes = readRecord(cacheDir);
  const record = bytes && digest(bytes);
  if (record) writeFileSync(join(cacheDir, STAMP), JSON.stringify({ site: outDir, record }));
  else rmSync(join(cacheDir, STAMP), { force: true });
}

/** Forgets which site the cache was written with, before a build changes either. */
export function unstampSite(cacheDir: string): void {
  rmSync(join(cacheDir, STAMP), { force: true });
}

/**
 * Deletes every file under `dir` but the listed ones. A folder that holds no listed file (the
 * search index, the bundle, the editor: 30,000 files at 10,000 policies) is handed whole to
 * `discard`, which takes it out of the way at once, so only the page folders are walked and
 * no folder is left empty.
 */
export function keepOnly(dir: string, files: ReadonlySet<string>, discard: (folder: string) => void): void {
  const folders = new Set<string>();
  for (const file of files)
    for (let folder = dirname(file); folder !== '.' && !folders.has(folder); folder = dirname(folder))
      folders.add(folder);
  const prune = (relativeDir: string) => {
    for (const entry of readdirSync(join(dir, relativeDir), { withFileTypes: true })) {
      const path = relativeDir ? join(relativeDir, entry.name) : entry.name;
      if (entry.isDirectory()) {
        if (folders.has(path)) prune(path);
        else discard(join(dir, path));
      } else if (!files.has(path)) rmSync(join(dir, path), { force: true });
    }
  };
  prune('');
}

/**
 * Deletes the kept pages that this build neither restored nor wrote again (since `started`):
 * those its own record, written by Astro once every page is done, no longer lists, such as a
 * withdrawn version's. A page written again but no longer recorded (its route lost its cache
 * key) is this build's own and stays.
 */
export function deleteUnmade(
  dir: string,
  cacheDir: string,
  kept: ReadonlySet<string>,
  started: number,
): number {
  const made = recordedFiles(cacheDir) ?? new Set<string>();
  let deleted = 0;
  const folders = new Set<string>();
  for (const file of kept) {
    if (made.has(file) || !inside(file)) continue;
    const path = join(dir, file);
    if (!existsSync(path) || statSync(path).mtimeMs >= started) continue;
    rmSync(path, { force: true });
    folders.add(dirname(path));
    deleted += 1;
  }
  for (const folder of folders) removeEmptyUpTo(folder, dir);
  return deleted;
}

function removeEmptyUpTo(folder: string, root: string): void {
  for (let at = folder; at.startsWith(root + sep) && existsSync(at); at = dirname(at)) {
    if (readdirSync(at).length) return;
    rmdirSync(at);
  }
}
