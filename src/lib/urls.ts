import settings from 'virtual:common-ground/settings';

/**
 * Every address the site publishes, in one place: they are cited in council minutes and
 * must never change. All of them honour the `base` the site is served under.
 */
const { base } = settings;

export function withBase(path: string): string {
  return base + path.replace(/^\//, '');
}

export const urls = {
  home: () => withBase('/'),
  policies: () => withBase('/policies/'),
  policy: (slug: string) => withBase(`/policies/${slug}/`),
  municipalities: () => withBase('/municipalities/'),
  municipality: (id: string) => withBase(`/municipalities/${id}/`),
  regions: () => withBase('/regions/'),
  region: (id: string) => withBase(`/regions/${id}/`),
  topics: () => withBase('/topics/'),
  topic: (id: string) => withBase(`/topics/${id}/`),
  search: () => withBase('/search/'),
  /** Pagefind's browser API, written next to the index by the build (see src/integration/search-index.ts). */
  searchBundle: () => withBase('/pagefind/pagefind.js'),
  endorsement: (slug: string, anchor: string) => `${withBase(`/policies/${slug}/`)}#${anchor}`,
  /** A frozen version: the exact words, forever. */
  version: (slug: string, version: string) => withBase(`/policies/${slug}/v/${version}/`),
  /** What changed between two versions, e.g. `/policies/x/changes/1.0...1.1/`. */
  changes: (slug: string, from: string, to: string) => withBase(`/policies/${slug}/changes/${from}...${to}/`),
  councilPackage: (slug: string) => withBase(`/policies/${slug}/council-package/`),
  feed: () => withBase('/feed.xml'),
  regionFeed: (id: string) => withBase(`/regions/${id}/feed.xml`),
  municipalityFeed: (id: string) => withBase(`/municipalities/${id}/feed.xml`),
  data: () => withBase('/data/'),
};

/** An address as a full URL, for citations that leave the site. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
