import type { PolicyView } from '../registry/index.ts';

/** A way to narrow the policies list: a field, its values, and each policy's values for it. */
export interface Facet {
  name: 'status' | 'kind' | 'topic' | 'region';
  options: { value: string; label: string; count: number }[];
  valuesOf(policy: PolicyView): string[];
}

/**
 * The facets of the policies list, with counts, computed once from the registry's indexes.
 * Labels come from the caller so the same facets serve every language.
 */
export function policyFacets(
  policies: readonly PolicyView[],
  label: (facet: Facet['name'], value: string) => string,
): Facet[] {
  const facet = (
    name: Facet['name'],
    valuesOf: (policy: PolicyView) => string[],
    order?: readonly string[],
  ): Facet => {
    const counts = new Map<string, number>();
    for (const policy of policies)
      for (const value of valuesOf(policy)) counts.set(value, (counts.get(value) ?? 0) + 1);
    const values = order ? order.filter((value) => counts.has(value)) : [...counts.keys()];
    const options = values.map((value) => ({ value, label: label(name, value), count: counts.get(value)! }));
    if (!order) options.sort((a, b) => a.label.localeCompare(b.label));
    return { name, options, valuesOf };
  };
  return [
    facet('status', (policy) => [policy.status], [
      'proposed',
      'adopted',
      'under-review',
      'draft',
      'superseded',
      'withdrawn',
    ]),
    facet('kind', (policy) => [policy.kind], ['guideline', 'policy', 'standard', 'framework', 'template']),
    facet('topic', (policy) => policy.topics),
    facet('region', (policy) => (policy.region ? [policy.region] : [])),
  ];
}
