import settings from 'virtual:common-ground/settings';
import { defaultLang, type Lang } from '../i18n/index.ts';

/**
 * Every address the site publishes, in one place: they are cited in council minutes and
 * must never change. All of them honour the `base` the site is served under; each
 * language's pages live under its prefix (none for English, `/fr/` for French).
 */
const { base } = settings;

export function withBase(path: string): string {
  return base + path.replace(/^\//, '');
}

/** The addresses of one language's site. */
export function urlsFor(lang: Lang) {
  const page = (path: string) => withBase(lang === defaultLang ? path : `/${lang}${path}`);
  return {
    home: () => page('/'),
    policies: () => page('/policies/'),
    /** A page of the policies list when it is paged (src/policy-list/list-pages.ts): the first is the list's own address. */
    policiesPage: (number: number) => page(number === 1 ? '/policies/' : `/policies/page/${number}/`),
    policy: (slug: string) => page(`/policies/${slug}/`),
    municipalities: () => page('/municipalities/'),
    municipality: (id: string) => page(`/municipalities/${id}/`),
    regions: () => page('/regions/'),
    region: (id: string) => page(`/regions/${id}/`),
    topics: () => page('/topics/'),
    topic: (id: string) => page(`/topics/${id}/`),
    /** A page of a topic's policies when they are paged, as the policies list is. */
    topicPage: (id: string, number: number) =>
      page(number === 1 ? `/topics/${id}/` : `/topics/${id}/page/${number}/`),
    search: () => page('/search/'),
    /** Pagefind's browser API, written next to the index by the build (see src/search/build/search-index.ts). */
    searchBundle: () => withBase('/pagefind/pagefind.js'),
    endorsement: (slug: string, anchor: string) => `${page(`/policies/${slug}/`)}#${anchor}`,
    /** A frozen version: the exact words, forever. */
    version: (slug: string, version: string) => page(`/policies/${slug}/v/${version}/`),
    /** A decision's row on the frozen version it signed: what a citation of it links to. */
    versionEndorsement: (slug: string, version: string, anchor: string) =>
      `${page(`/policies/${slug}/v/${version}/`)}#${anchor}`,
    /** What changed between two versions, e.g. `/policies/x/changes/1.0...1.1/`. */
    changes: (slug: string, from: string, to: string) => page(`/policies/${slug}/changes/${from}...${to}/`),
    /** A local adaptation's differences from the regional text it adapts (src/registry/version-changes.ts). */
    differences: (slug: string) => page(`/policies/${slug}/differences/`),
    councilPackage: (slug: string) => page(`/policies/${slug}/council-package/`),
    /** The version's text as a Word document: one file, in the text's language, for both sites. */
    versionWord: (slug: string, version: string) =>
      withBase(`/policies/${slug}/v/${version}/${slug}-${version}.docx`),
    /** The council package as a Word document with blanks to fill by hand. */
    councilPackageWord: (slug: string) => page(`/policies/${slug}/council-package.docx`),
    /** Each member's passages, which the package page's script puts into the generic Word file. */
    councilPackageMembers: (slug: string) => page(`/policies/${slug}/council-package/members.json`),
    feed: () => page('/feed.xml'),
    regionFeed: (id: string) => page(`/regions/${id}/feed.xml`),
    /** Who in the region is still to sign what, as CSV (src/exports/chase-list.ts). */
    chaseList: (id: string) => page(`/regions/${id}/chase-list.csv`),
    municipalityFeed: (id: string) => page(`/municipalities/${id}/feed.xml`),
    /** What is overdue for review or due in the next 90 days, registry-wide (src/lib/reviews.ts). */
    review: () => page('/review/'),
    /** Review dates and proposals open for signing, as iCalendar (src/exports/calendar.ts). */
    regionCalendar: (id: string) => page(`/regions/${id}/calendar.ics`),
    municipalityCalendar: (id: string) => page(`/municipalities/${id}/calendar.ics`),
    data: () => page('/data/'),
    /** How a council's website shows the registry's badges and lists (src/exports/embed/). */
    embed: () => page('/embed/'),
    municipalityBadge: (id: string) => page(`/municipalities/${id}/badge.svg`),
    municipalityEmbed: (id: string) => page(`/municipalities/${id}/embed.html`),
    municipalityOEmbed: (id: string) => page(`/municipalities/${id}/oembed.json`),
    policyBadge: (slug: string) => page(`/policies/${slug}/badge.svg`),
    policyOEmbed: (slug: string) => page(`/policies/${slug}/oembed.json`),
  };
}

/**
 * The English addresses, which are also the language-neutral ones (data files). Citations
 * link to the page in their own language: a French citation to the French page.
 */
export const urls = urlsFor(defaultLang);

/**
 * The same page in another language: `/policies/x/` ↔ `/fr/policies/x/`. Every page of one
 * language's site has its twin in the other's, with the same slugs.
 */
export function translatePath(pathname: string, from: Lang, to: Lang): string {
  const path = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
  const neutral = from === defaultLang ? path : path.replace(new RegExp(`^/${from}(/|$)`), '/');
  return withBase(to === defaultLang ? neutral : `/${to}${neutral}`);
}

/** An address as a full URL, for citations that leave the site. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
