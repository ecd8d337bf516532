import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem } from '../lib/check/index.ts';
import { contentDir } from '../lib/content-dir.ts';
import { loadGazetteer } from '../lib/gazetteer-files.ts';
import { buildSearchIndex } from './search-index.ts';
import { siteSettingsPlugin, type SiteSettings } from './site-settings.ts';

/**
 * The registry as an Astro integration: it checks the content before Astro compiles
 * anything, so a broken rule stops the build with one line per problem and no half-built
 * site; it hands the site settings to pages as `virtual:common-ground/settings`; and it
 * builds the search index once the pages are written.
 */
export default function commonGround(
  settings: Partial<Omit<SiteSettings, 'showDrafts'>> = {},
): AstroIntegration {
  return {
    name: 'common-ground',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command === 'build' || command === 'dev') {
          const { problems, errors } = checkContent(contentDir(), loadGazetteer());
          for (const problem of problems) console.error(formatProblem(problem));
          if (errors.length) {
            // A stale dist/ from an earlier build must not pass for this one.
            if (command === 'build') rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
            logger.error(
              `${errors.length} content error${errors.length === 1 ? '' : 's'}: nothing was built. Fix the lines above (npm run check lists them again).`,
            );
            process.exit(1);
          }
          logger.info(
            `content checked: ${problems.length ? `${problems.length} warning(s)` : 'no problems'}`,
          );
        }
        updateConfig({
          vite: { plugins: [siteSettingsPlugin({ ...settings, showDrafts: command === 'dev' })] },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(dir, logger);
      },
    },
  };
}
