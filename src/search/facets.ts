import { policyFacets } from '../policy-list/facets.ts';
import type { Lang } from '../i18n/index.ts';
import type { PolicyView, Registry } from '../registry/index.ts';
import { support } from '../registry/standing.ts';
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

/** The adaptation facet's values, in the order the page shows them. */
export const adaptationValues = ['local', 'adapted'] as const;

/**
 * A policy's value(s) for each facet, as its page tags them for Pagefind. Municipalities are
 * those with a standing endorsement: a rescinded one no longer counts; a local adaptation's
 * own council counts while its `adapted` decision stands. Adaptation: `local` for a local
 * adaptation, `adapted` for a guideline a council stands by with local changes.
 */
export function policyFacetValues(policy: PolicyView): Record<Exclude<SearchFacetName, 'type'>, string[]> {
  const owner = policy.adaptation?.decision?.standing ? policy.municipality : undefined;
  const municipalities = [...policy.standing.keys()];
  if (owner && !municipalities.includes(owner)) municipalities.push(owner);
  return {
    topic: policy.topics,
    status: [policy.status],
    region: policy.region ? [policy.region] : [],
    municipality: municipalities,
    kind: [policy.kind],
    adaptation: [
      ...(policy.adaptation ? ['local'] : []),
      ...(support(policy.guideline).adapted > 0 ? ['adapted'] : []),
    ],
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
  const adaptations = new Map<string, number>();
  for (const policy of policies) {
    const values = policyFacetValues(policy);
    for (const id of values.municipality) municipalities.set(id, (municipalities.get(id) ?? 0) + 1);
    for (const year of values.year) years.set(year, (years.get(year) ?? 0) + 1);
    for (const value of values.adaptation) adaptations.set(value, (adaptations.get(value) ?? 0) + 1);
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
    adaptation: adaptationValues
      .filter((value) => adaptations.has(value))
      .map((value) => ({ value, label: label('adaptation', value), count: adaptations.get(value)! })),
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
