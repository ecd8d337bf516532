import { policyFacets } from '../policy-list/facets.ts';
import type { Lang } from '../i18n/index.ts';
import type { PolicyView, Registry } from '../registry/index.ts';
import { listedTexts } from '../registry/texts-in.ts';
import { pageTypes, searchFacetNames, type PageType, type SearchFacetName } from './query.ts';

/**
 * Long facets are a single-choice list box instead of a column of check boxes: a registry
 * can have hundreds of municipalities.
 */
const selectFacets: ReadonlySet<SearchFacetName> = new Set(['region', 'municipality']);

export interface SearchFacet {
  name: SearchFacetName;
  control: 'checkbox' | 'select';
  options: { value: string; label: string; count: number }[];
}

/**
 * A policy's value(s) for each facet, as its page tags them for Pagefind. Municipalities are
 * those with a standing endorsement: a rescinded one no longer counts.
 */
export function policyFacetValues(policy: PolicyView): Record<Exclude<SearchFacetName, 'type'>, string[]> {
  return {
    topic: policy.topics,
    status: [policy.status],
    region: policy.region ? [policy.region] : [],
    municipality: [...policy.standing.keys()],
    kind: [policy.kind],
    year: [policy.published.slice(0, 4)],
  };
}

/**
 * Every facet with its options and their counts before any query, computed in one pass over
 * the registry for the one search page (the browser recounts them for each query).
 */
export function searchFacets(
  registry: Registry,
  lang: Lang,
  label: (facet: SearchFacetName, value: string) => string,
): SearchFacet[] {
  // What this language's index holds: each guideline once (src/registry/texts-in.ts).
  const policies = listedTexts(registry.guidelines, lang);
  // The policies list's facets already count status, kind, topic and region in their order.
  const listed = new Map(policyFacets(policies, label).map((facet) => [facet.name, facet.options]));
  const municipalities = new Map<string, number>();
  const years = new Map<string, number>();
  for (const policy of policies) {
    const values = policyFacetValues(policy);
    for (const id of values.municipality) municipalities.set(id, (municipalities.get(id) ?? 0) + 1);
    for (const year of values.year) years.set(year, (years.get(year) ?? 0) + 1);
  }
  const typeCounts: Record<PageType, number> = {
    policy: policies.length,
    municipality: registry.municipalities.size,
    region: registry.regions.size,
    topic: registry.topics.size,
  };
  const options: Record<SearchFacetName, SearchFacet['options']> = {
    type: pageTypes.map((type) => ({ value: type, label: label('type', type), count: typeCounts[type] })),
    topic: listed.get('topic') ?? [],
    status: listed.get('status') ?? [],
    region: listed.get('region') ?? [],
    // Registry order is by name already; only those with a standing endorsement can match.
    municipality: [...registry.municipalities.keys()]
      .filter((id) => municipalities.has(id))
      .map((id) => ({ value: id, label: label('municipality', id), count: municipalities.get(id)! })),
    kind: listed.get('kind') ?? [],
    year: [...years.keys()]
      .sort()
      .reverse()
      .map((year) => ({ value: year, label: year, count: years.get(year)! })),
  };
  return searchFacetNames.map((name) => ({
    name,
    control: selectFacets.has(name) ? 'select' : 'checkbox',
    options: options[name],
  }));
}
