import { localName, useTranslations, type Lang } from '../../i18n/index.ts';
import type { PolicyView, Registry } from '../../registry/index.ts';
import { support } from '../../registry/standing.ts';
import { policyFacetValues } from '../facets.ts';
import { EVERY_PAGE_WORD, titleSortKey, type PageType } from '../query.ts';

/** What one page tells Pagefind about itself, besides its indexed text (see SearchTags.astro). */
export interface SearchTags {
  /** Filter values: the search page's facets. */
  filters: Record<string, string[]>;
  /** Shown in results without loading the page; Pagefind also searches these words. */
  meta: Record<string, string>;
  sort: Record<string, string>;
}

/**
 * A policy page's tags, from the policy itself and the registry's maps: never a loop over
 * other entries, so tagging 10,000 pages costs nothing. Meta values are display-ready,
 * except `status` (an id: the result shows the same badge as the page). The title is given
 * although Pagefind would take it from the `<h1>`: that copy has its apostrophes made ASCII
 * for indexing (see src/search/build/search-text.ts).
 */
export function policySearchTags(policy: PolicyView, registry: Registry, lang: Lang): SearchTags {
  const meta: Record<string, string> = {
    title: policy.title,
    status: policy.status,
    kind: policy.kind,
    version: policy.version,
    summary: policy.summary,
    // The same counts as the policy page's progress (src/registry/standing.ts).
    endorsements: String(support(policy.guideline).current),
    earlier: String(support(policy.guideline).earlier),
    adapted: String(support(policy.guideline).adapted),
    topics: policy.topics.map((id) => localName(registry.topics.get(id), lang) || id).join(', '),
    lang: policy.lang,
    every: EVERY_PAGE_WORD,
  };
  const region = policy.region ? registry.regions.get(policy.region) : undefined;
  if (region) meta.region = localName(region, lang);
  // A local adaptation says what it adapts, in the page's words (src/i18n/).
  if (policy.adaptation)
    meta.adapts = useTranslations(lang)('search.adapts', {
      title: `${policy.adaptation.regional.title} ${policy.adaptation.version.version}`,
    });
  return {
    filters: { type: ['policy'], ...policyFacetValues(policy) },
    meta,
    sort: { published: policy.published, title: titleSortKey(policy.title) },
  };
}

/** A municipality, region or topic page: found by its words and summary, filtered by its type. */
export function pageSearchTags(
  type: Exclude<PageType, 'policy'>,
  page: { title: string; summary?: string; sortAs?: string },
): SearchTags {
  return {
    filters: { type: [type] },
    meta: { title: page.title, ...(page.summary && { summary: page.summary }), every: EVERY_PAGE_WORD },
    sort: { title: titleSortKey(page.sortAs ?? page.title) },
  };
}
