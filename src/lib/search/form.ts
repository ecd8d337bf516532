/** The search form in the browser: read it, set it from a search, and show facet counts. */
import type { FacetCounts } from './facet-table.ts';
import { readQuery, type SearchFacetName, type SearchQuery } from './query.ts';

/** The search the form holds, read as a GET submission would send it. */
export function readForm(form: HTMLFormElement): SearchQuery {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
  return readQuery(params);
}

/** Sets every control (the query, the facets and the sort, wherever they sit) from a search. */
export function writeForm(form: HTMLFormElement, query: SearchQuery): void {
  for (const element of form.elements) {
    if (element instanceof HTMLInputElement) {
      if (element.name === 'q') element.value = query.q;
      else if (element.type === 'checkbox')
        element.checked = chosen(query, element.name).includes(element.value);
    } else if (element instanceof HTMLSelectElement) {
      const value = element.name === 'sort' ? query.sort : (chosen(query, element.name)[0] ?? '');
      // A value the list does not offer (an old link, a typo) falls back to the first option.
      element.value = [...element.options].some((option) => option.value === value) ? value : '';
      if (element.selectedIndex < 0) element.selectedIndex = 0;
    }
  }
}

export function clearFilters(form: HTMLFormElement): void {
  const query = readForm(form);
  writeForm(form, { ...query, filters: {} });
}

/** Writes each option's count: how many results choosing it would give. */
export function showCounts(root: HTMLElement, counts: FacetCounts, format: (count: number) => string): void {
  for (const facet of root.querySelectorAll<HTMLElement>('[data-facet]')) {
    // A facet with no counts (its table not loaded yet) shows none, rather than stale ones.
    const values = counts[facet.dataset.facet as SearchFacetName];
    for (const count of facet.querySelectorAll<HTMLElement>('[data-count]')) {
      count.textContent = values ? `(${format(values[count.dataset.count!] ?? 0)})` : '';
    }
    for (const option of facet.querySelectorAll<HTMLOptionElement>('option[data-label]')) {
      option.textContent = values
        ? `${option.dataset.label} (${format(values[option.value] ?? 0)})`
        : option.dataset.label!;
    }
  }
}

function chosen(query: SearchQuery, name: string): string[] {
  return query.filters[name as SearchFacetName] ?? [];
}
