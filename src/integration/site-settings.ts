import type { Plugin } from 'vite';

/** Settings a deployment chooses in astro.config.mjs. */
export interface SiteSettings {
  /** The registry's name, shown in the header and page titles. */
  title: string;
  /**
   * Shows the banner saying that the guidelines and endorsements are illustrative. On for
   * the sample registry; a real deployment turns it off.
   */
  sampleNotice: boolean;
  /**
   * Shows drafts, with a marker. Set by the integration: on in `astro dev`, off in the
   * production build, its search index and its data exports.
   */
  showDrafts: boolean;
  /**
   * How many policies one page of the policies list shows. A registry with no more has one
   * list page that filters itself; a larger one is read page by page (src/policy-list/list-pages.ts).
   * 1,000 rows weigh about 80 kB gzipped, under the 100 kB a first load may take.
   */
  policiesPerPage: number;
  /** The SPDX id of the licence of the open data (the registry's records, not the texts). */
  dataLicense: string;
  /**
   * The sub-path the site is served from, ending in `/`. Set by the integration from Astro's
   * `base` (not from `import.meta.env.BASE_URL`, which an environment variable can override).
   */
  base: string;
  /**
   * Where rendered texts are kept between builds: a folder in Astro's cache, named by the
   * renderer's fingerprint (src/integration/renderer-fingerprint.ts). Empty: not kept.
   */
  textCache: string;
  /**
   * The day review cycles are judged on (src/lib/review-date.ts): the build's date, or
   * `COMMON_GROUND_TODAY`. Set by the integration.
   */
  today: string;
}

const defaults: SiteSettings = {
  title: 'Common Ground',
  sampleNotice: false,
  showDrafts: false,
  dataLicense: 'CC0-1.0',
  policiesPerPage: 1000,
  base: '/',
  textCache: '',
  today: '',
};

const MODULE_ID = 'virtual:common-ground/settings';

/**
 * What is wrong with a deployment's settings, if anything, as an error's message and hint: a
 * page size that is not a whole number of at least one (a mistyped
 * `COMMON_GROUND_POLICIES_PER_PAGE`, say) would give a list with no rows.
 */
export function settingsProblem(
  settings: Partial<SiteSettings>,
): { message: string; hint: string } | undefined {
  const perPage = settings.policiesPerPage ?? defaults.policiesPerPage;
  if (Number.isInteger(perPage) && perPage >= 1) return undefined;
  return {
    message: `policiesPerPage is ${JSON.stringify(String(perPage))}: it must be a whole number of policies, 1 or more. Nothing was built.`,
    hint: 'Set policiesPerPage in astro.config.mjs (or COMMON_GROUND_POLICIES_PER_PAGE) to a number such as 1000, or leave it out for the default.',
  };
}

/** Serves the settings to pages as a virtual module, resolved once at start-up. */
export function siteSettingsPlugin(settings: Partial<SiteSettings>): Plugin {
  const resolved = { ...defaults, ...settings };
  return {
    name: 'common-ground:settings',
    resolveId: (id) => (id === MODULE_ID ? `\0${MODULE_ID}` : undefined),
    load: (id) => (id === `\0${MODULE_ID}` ? `export default ${JSON.stringify(resolved)};` : undefined),
  };
}
