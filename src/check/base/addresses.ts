import { defaultLang, siteLanguages } from '../../i18n/index.ts';
import type { PolicyTexts } from './policy-texts.ts';

/**
 * The addresses a registry will publish, worked out from its content alone, without a
 * build: the families of DESIGN.md "Pages and addresses", spelt as src/lib/urls.ts spells
 * them (that module needs Astro's settings, so the patterns are repeated here; the tests
 * compare them with the fixture registry's recorded manifest). Addresses that depend on
 * what the build computes — comparison pages (`/changes/…`), data files (`/data/*.json`,
 * `*.csv`), schemas — are not derived; the build's own manifest check guards those.
 */

/** Pages every registry has, whatever its content. */
const FIXED = [
  '/',
  '/policies/',
  '/municipalities/',
  '/regions/',
  '/topics/',
  '/search/',
  '/data/',
  '/embed/',
  '/feed.xml',
  '/review/',
];

/** The families derived below, on a language-neutral path (after the `/fr` prefix). */
const DERIVED_FAMILIES = [
  /^\/policies\/[^/]+\/$/,
  /^\/policies\/[^/]+\/v\/[^/]+\/$/,
  /^\/policies\/[^/]+\/council-package(\/|\.docx)$/,
  /^\/policies\/[^/]+\/(badge\.svg|oembed\.json)$/,
  /^\/policies\/[^/]+\/differences\/$/,
  /^\/(municipalities|regions)\/[^/]+\/(feed\.xml|calendar\.ics)?$/,
  /^\/municipalities\/[^/]+\/(badge\.svg|embed\.html|oembed\.json)$/,
  /^\/regions\/[^/]+\/chase-list\.csv$/,
  /^\/topics\/[^/]+\/$/,
];

/**
 * A version's Word document: one file for both languages, at no language's prefix. (The
 * council package's per-member documents depend on who stands where: not derived.)
 */
const WORD_FILE = /^\/policies\/([^/]+)\/v\/([^/]+)\/\1-\2\.docx$/;

const prefixes = siteLanguages.map((lang) => (lang === defaultLang ? '' : `/${lang}`));

/** Whether `address` (relative to the site base) is one of the families this module derives. */
export function isDerivable(address: string): boolean {
  const prefix = prefixes.find((p) => p && address.startsWith(`${p}/`)) ?? '';
  const path = address.slice(prefix.length);
  if (!prefix && WORD_FILE.test(path)) return true;
  return FIXED.includes(path) || DERIVED_FAMILIES.some((family) => family.test(path));
}

/** What a registry's content publishes, in the families `isDerivable` names. */
export interface PublishedContent {
  policies: Iterable<PolicyTexts>;
  municipalities: Iterable<string>;
  regions: Iterable<string>;
  topics: Iterable<string>;
}

/** Every derivable address the production build of this content publishes, in every language. */
export function derivedAddresses(content: PublishedContent): Set<string> {
  const neutral = [...FIXED];
  // Addresses that are the same file for every language (src/pages/policies/).
  const unprefixed: string[] = [];
  for (const policy of content.policies) {
    // Drafts stay out of the production build (src/registry/index.ts).
    if (policy.status === 'draft' || policy.version === undefined) continue;
    neutral.push(
      `/policies/${policy.slug}/`,
      `/policies/${policy.slug}/badge.svg`,
      `/policies/${policy.slug}/oembed.json`,
    );
    // A local adaptation's differences from the regional text (src/pages/[...lang]/policies/[slug]/differences.astro).
    if (policy.adapts) neutral.push(`/policies/${policy.slug}/differences/`);
    for (const { version } of policy.texts.values()) {
      neutral.push(`/policies/${policy.slug}/v/${version}/`);
      unprefixed.push(`/policies/${policy.slug}/v/${version}/${policy.slug}-${version}.docx`);
    }
    // The council package is for what can still be endorsed (src/registry/standing.ts isOpenForSigning).
    if (!['withdrawn', 'superseded'].includes(policy.status ?? ''))
      neutral.push(
        `/policies/${policy.slug}/council-package/`,
        `/policies/${policy.slug}/council-package.docx`,
      );
  }
  for (const id of content.municipalities)
    neutral.push(
      `/municipalities/${id}/`,
      `/municipalities/${id}/feed.xml`,
      `/municipalities/${id}/calendar.ics`,
      `/municipalities/${id}/badge.svg`,
      `/municipalities/${id}/embed.html`,
      `/municipalities/${id}/oembed.json`,
    );
  // Every region has its chase list, empty or not (src/pages/[...lang]/regions/[id]/chase-list.csv.ts).
  for (const id of content.regions)
    neutral.push(
      `/regions/${id}/`,
      `/regions/${id}/feed.xml`,
      `/regions/${id}/chase-list.csv`,
      `/regions/${id}/calendar.ics`,
    );
  for (const id of content.topics) neutral.push(`/topics/${id}/`);
  return new Set([...prefixes.flatMap((prefix) => neutral.map((path) => prefix + path)), ...unprefixed]);
}
