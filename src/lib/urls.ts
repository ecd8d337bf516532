/**
 * Every address the site publishes, in one place: they are cited in council minutes and
 * must never change. All of them honour the `base` the site is served under.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

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
};
