/**
 * The kind of page an address is, for per-type figures: a policy page and a municipality
 * page cost and weigh very differently. Works on built file paths (`policies/x/index.html`)
 * and on the paths Astro logs while rendering (`/policies/x/index.html`, `/data/x.json/`).
 */
export const PAGE_TYPES = [
  'home',
  'policies index',
  'policy',
  'version',
  'changes',
  'council package',
  'municipalities index',
  'municipality',
  'regions index',
  'region',
  'topics index',
  'topic',
  'search',
  'data',
  '404',
  'document',
  'export',
  'word file',
  'embed',
  'calendar',
  'editor',
  'other',
] as const;

export type PageType = (typeof PAGE_TYPES)[number];

/** Open data, feeds and schemas: rendered as pages by Astro, but files, not pages. */
export const EXPORT = /(^|\/)(feed\.xml|data\/[^/]+\.(json|csv)|schemas\/[^/]+\.json)\/?$/;

export function pageType(path: string, { baseline = false } = {}): PageType {
  // Without the leading slash, the language prefix (`fr/`) and the file name.
  const address = path
    .replace(/^\/+/, '')
    .replace(/^(fr)\//, '')
    .replace(/(^|\/)index\.html$/, '$1')
    .replace(/\/$/, '');
  if (EXPORT.test(address)) return 'export';
  if (/\.docx$/.test(address)) return 'word file';
  if (/\/(badge\.svg|embed\.html|oembed\.json)$/.test(address)) return 'embed';
  if (/\/calendar\.ics$/.test(address)) return 'calendar';
  if (address === '404.html' || address === '404') return '404';
  if (baseline) return address === 'search' ? 'search' : address ? 'document' : 'home';
  const parts = address ? address.split('/') : [];
  const [section, id, sub] = parts;
  if (!section) return 'home';
  if (section === 'search') return 'search';
  // Decap CMS, the editor for clerks (src/admin/): one page, never a page of the registry.
  if (section === 'admin') return 'editor';
  if (section === 'data') return 'data';
  if (section === 'policies') {
    // A paged list's later pages (src/policy-list/list-pages.ts) are the list too.
    if (!id || (id === 'page' && /^\d+$/.test(sub ?? ''))) return 'policies index';
    if (sub === 'v') return 'version';
    if (sub === 'changes') return 'changes';
    if (sub === 'council-package') return 'council package';
    return sub ? 'other' : 'policy';
  }
  const lists = { municipalities: 'municipality', regions: 'region', topics: 'topic' } as const;
  if (section in lists) {
    if (!id) return `${section as keyof typeof lists} index`;
    // A topic's later pages (`topics/x/page/2`) are that topic's list.
    if (section === 'topics' && sub === 'page') return 'topic';
    return sub ? 'other' : lists[section as keyof typeof lists];
  }
  return 'other';
}
