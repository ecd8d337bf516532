import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroConfig } from 'astro';
import { deleteUnmade, keepOnly, keptPages, stampSite, unstampSite } from './kept-pages.ts';

/**
 * The build's output folder, written aside and put in place only when the whole build has
 * succeeded. A failed build, whether our content check, Astro rendering a page, or a check
 * after the pages are written, must leave nothing that passes for a site: not the previous
 * build (it would be deployed as this one), not a half-written one.
 */
export interface StagedOutDir {
  /** Where this build writes: a hidden folder beside the output folder. */
  path: string;
  /** The configuration that points Astro at it, for `updateConfig`. */
  config: Pick<AstroConfig, 'outDir'> & { build: Pick<AstroConfig['build'], 'client' | 'server'> };
  /**
   * How many pages of the last site were kept in place for Astro to find (kept-pages.ts);
   * 0 when the build starts from an empty folder.
   */
  kept: number;
  /** Deletes the kept pages this build did not make; call it once every page is rendered. */
  deleteUnmade(): number;
  /** Moves the finished site to the output folder; call it last, when nothing can fail any more. */
  publish(): void;
}

/**
 * Empties the output folder and stages the build beside it (`dist/` → `.dist.building/`), so
 * that `astro preview`, deploys and tests find the site where they always did, and only
 * after a build that succeeded. If the process ends without `publish`, the staging folder
 * is removed. The last site's unchanged pages start out in the staging folder when the
 * cache was written with it (kept-pages.ts); Astro must then not empty it (`emptyOutDir`).
 */
export function stageOutDir(config: AstroConfig): StagedOutDir {
  const started = Date.now();
  const outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
  const cacheDir = fileURLToPath(config.cacheDir).replace(/[\\/]+$/, '');
  const path = join(dirname(outDir), `.${basename(outDir)}.building`);
  const discard = discarder(outDir);
  discard(path);
  const kept = keptPages(outDir, cacheDir);
  // From here the cache and the site may differ until this build is published.
  unstampSite(cacheDir);
  if (kept) {
    renameSync(outDir, path);
    keepOnly(path, kept, discard);
  } else discard(outDir);
  const staged = pathToFileURL(path + sep);
  // build.client and build.server are resolved inside outDir when the config is loaded.
  const moved = (url: URL) =>
    url.href.startsWith(config.outDir.href)
      ? new URL(url.href.slice(config.outDir.href.length), staged)
      : url;
  let published = false;
  process.on('exit', () => {
    if (!published) rmSync(path, { recursive: true, force: true });
  });
  return {
    path,
    config: {
      outDir: staged,
      build: { client: moved(config.build.client), server: moved(config.build.server) },
    },
    kept: kept?.size ?? 0,
    deleteUnmade: () => (kept ? deleteUnmade(path, cacheDir, kept, started) : 0),
    publish() {
      if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
      renameSync(path, outDir);
      published = true;
      stampSite(outDir, cacheDir);
    },
  };
}

/**
 * Takes folders out of the way at once and deletes them while the build goes on: the previous
 * site is 30,000 files at 1,000 policies, seconds to delete, and a warm build has little else
 * to do. Each is renamed to a hidden `.<outDir name>.old-<pid>-<time>-<n>` beside the output
 * folder first, so it can never pass for a site nor be part of one; those left by a build that
 * ended early are deleted by the next (with those of earlier versions, `.<name>.building.old-…`).
 */
function discarder(outDir: string): (folder: string) => void {
  const parent = dirname(outDir);
  const old = `.${basename(outDir)}.old-`;
  const earlier = `.${basename(outDir)}.building.old-`;
  if (existsSync(parent))
    for (const name of readdirSync(parent))
      if (name.startsWith(old) || name.startsWith(earlier))
        void rm(join(parent, name), { recursive: true, force: true }).catch(() => {});
  let count = 0;
  return (folder) => {
    if (!existsSync(folder)) return;
    const aside = join(parent, `${old}${process.pid}-${Date.now()}-${(count += 1)}`);
    renameSync(folder, aside);
    void rm(aside, { recursive: true, force: true }).catch(() => {});
  };
}
