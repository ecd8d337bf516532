import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent, formatProblem } from '../check/index.ts';
import { handOverCheckedContent } from '../registry/checked-content.ts';
import { contentDir } from '../lib/content-dir.ts';
import { loadGazetteer } from '../registry/gazetteer/gazetteer-files.ts';
import { reviewDate } from '../lib/review-date.ts';
import { committedAtHead } from '../check/base/git.ts';
import { serveAdmin, startAdminBundle, writeAdmin } from './admin.ts';
import {
  builtAddresses,
  MANIFEST,
  pageRedirects,
  readManifest,
  renameRedirects,
  siteFiles,
  writeManifest,
} from './addresses.ts';
import { buildTimings } from './build-timings.ts';
import { checkPagefindVersion } from '../search/build/pagefind-version.ts';
import { renderAndIndex } from '../search/build/render-and-index.ts';
import { createSearchIndexer, type SearchIndexer } from '../search/build/search-index.ts';
import { rendererFingerprint } from './renderer-fingerprint.ts';
import { settingsProblem, siteSettingsPlugin, type SiteSettings } from './site-settings.ts';
import { writeSitemap } from '../exports/sitemap.ts';
import { stageOutDir, type StagedOutDir } from './staged-out-dir.ts';

/**
 * The registry as an Astro integration. Before Astro compiles anything it checks the
 * content, so a broken rule stops the build with one line per problem and no half-built
 * site (the site is built aside and moved into the output folder only when all went well:
 * see staged-out-dir.ts); it declares redirects for renamed policies and hands the site settings to pages as
 * `virtual:common-ground/settings`. While pages render, it hands them to the search index;
 * after the build it checks that no published address was lost, writes the sitemap and the
 * `_redirects` file, and writes the search index.
 */
export default function commonGround(
  settings: Partial<Omit<SiteSettings, 'showDrafts' | 'base' | 'textCache' | 'today'>> = {},
): AstroIntegration {
  let redirects: Record<string, string> = {};
  let base = '/';
  let siteRoot = '/';
  let outDir = '';
  let staged: StagedOutDir | undefined;
  let searchIndexer: SearchIndexer | undefined;
  const timer = buildTimings();

  /**
   * Stops the build with one error, as Astro prints its own: the lines above it say what
   * to fix. A content error is not a bug in the code, so there is no stack trace to show.
   * (The staged output folder is removed as the process ends.)
   */
  const fail = (message: string, hint: string): never => {
    const error = new AstroError(message, hint);
    error.stack = '';
    throw error;
  };

  return {
    name: 'common-ground',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        const problem = settingsProblem(settings);
        if (problem) fail(problem.message, problem.hint);
        // Only a build writes a site; dev and preview serve from where they always do.
        staged = command === 'build' ? stageOutDir(config) : undefined;
        // Before anything is built: the search depends on Pagefind's internals (pagefind-version.ts).
        if (command === 'build') checkPagefindVersion();
        outDir = staged?.path ?? '';
        base = config.base.replace(/\/?$/, '/');
        siteRoot = config.site ? new URL(base, config.site).href : base;
        if (command === 'build' || command === 'dev') {
          const { problems, errors, sources, files } = checkContent(contentDir(), loadGazetteer());
          for (const problem of problems) console.error(formatProblem(problem));
          if (errors.length) {
            fail(
              `${errors.length} content error${errors.length === 1 ? '' : 's'}: nothing was built. Fix the lines above.`,
              'npm run check lists the same lines, without building.',
            );
          }
          // The content loader builds from these very files, not from a second read. Not under
          // astro dev, whose loader reads again as files change (a hand-over could be stale).
          if (command === 'build') handOverCheckedContent(contentDir(), files);
          timer.mark('checked');
          logger.info(
            `content checked: ${problems.length ? `${problems.length} warning(s)` : 'no problems'}`,
          );
          const renames = new Map<string, string>();
          for (const [slug, { data }] of sources.policies)
            for (const former of data.formerSlugs ?? []) renames.set(former, slug);
          redirects = renameRedirects(readManifest(contentDir()) ?? new Set(), renames);
        }
        updateConfig({
          ...staged?.config,
          redirects: pageRedirects(redirects),
          vite: {
            // The staging folder is emptied by staged-out-dir.ts, which keeps in it the last
            // site's unchanged pages for Astro to find, instead of copying each back from the
            // cache. Always set, as the cache is keyed on the config.
            build: { emptyOutDir: false },
            plugins: [
              siteSettingsPlugin({
                ...settings,
                showDrafts: command === 'dev',
                base,
                textCache: join(fileURLToPath(config.cacheDir), 'texts', rendererFingerprint()),
                today: reviewDate(),
              }),
            ],
          },
        });
      },
      'astro:server:setup': ({ server }) => serveAdmin(server, base),
      'astro:build:start': async ({ logger, setPrerenderer }) => {
        timer.mark('build start');
        startAdminBundle();
        searchIndexer = await createSearchIndexer(logger);
        setPrerenderer(renderAndIndex(searchIndexer, base, timer));
      },
      'astro:build:generated': () => timer.mark('rendered'),
      'astro:build:done': async ({ dir, logger, pages }) => {
        if (staged?.kept) {
          const deleted = staged.deleteUnmade();
          logger.info(
            `${staged.kept - deleted} pages of the last build kept in place${deleted ? `, ${deleted} it no longer makes deleted` : ''}`,
          );
        }
        // The site's files, listed once: its addresses, and the pages the search index reads back.
        const files = siteFiles(outDir);
        const built = builtAddresses(outDir, files);
        const manifest = readManifest(contentDir());
        const update = process.env.COMMON_GROUND_ADDRESSES === 'update';
        // A deleted manifest must not switch the guard off: only a registry that never had one starts one.
        if (!manifest && !update && committedAtHead(contentDir(), MANIFEST))
          fail(
            `${join(contentDir(), MANIFEST)} is missing but committed: nothing was published.`,
            `Restore it (git checkout HEAD -- ${MANIFEST} in the content folder); run npm run addresses only to record a deliberate, reviewed change.`,
          );
        if (update || !manifest) {
          writeManifest(contentDir(), built);
          logger.info(
            `${update ? 'recorded' : 'a new registry: recorded its'} ${built.size} published addresses in ${join(contentDir(), MANIFEST)}${update ? '' : '; commit it, so that no address can disappear unnoticed'}`,
          );
        } else {
          // A file of a renamed policy is redirected by the host (`_redirects`), not built again.
          const lost = [...manifest]
            .filter((address) => !built.has(address) && !(address in redirects))
            .sort();
          if (lost.length) {
            for (const address of lost) console.error(`${address}: this published address would disappear`);
            fail(
              `${lost.length} published address${lost.length === 1 ? '' : 'es'} would disappear: nothing was published. Citations point to them. If a policy was renamed, list its old slug under formerSlugs in its index.mdx; if the removal is deliberate and reviewed, run npm run addresses to record it.`,
              'The lines above list every address that would disappear.',
            );
          }
          const added = built.size - manifest.size + lost.length;
          if (added > 0)
            logger.info(
              `${added} new addresses not yet in the manifest: run npm run addresses to record them`,
            );
        }
        // The editor is written after the addresses are read, though addresses.ts leaves it out too.
        await writeAdmin(outDir, base);
        const redirected = new Set(Object.keys(redirects));
        writeSitemap(
          outDir,
          siteRoot,
          [...built].filter((address) => address.endsWith('/') && !redirected.has(address)),
        );
        writeFileSync(
          join(outDir, '_redirects'),
          Object.entries(redirects)
            .map(([from, to]) => `${base}${from.slice(1)} ${base}${to.slice(1)} 301`)
            .join('\n') + '\n',
        );
        timer.mark('addresses');
        try {
          const { milliseconds } = await searchIndexer!.finish(dir, files);
          timer.mark('search index');
          timer.write(pages.length, milliseconds);
        } finally {
          await searchIndexer!.close();
        }
        // Last: the site is complete. (This is the last astro:build:done hook to write: the
        // MDX integration after this one has none.)
        staged?.publish();
      },
    },
  };
}
