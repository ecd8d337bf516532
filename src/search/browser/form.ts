/** The search form in the browser: read it, set it from a search, and show facet counts. */
import type { FacetCounts } from '../facet-table.ts';
import { readQuery, type SearchFacetName, type SearchQuery } from '../query.ts';

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

/**
 * Writes each option's count: how many results choosing it would give. An option that would
 * give none is hidden, unless it is chosen (so it can be unchosen), and so is a facet left with
 * nothing to offer: every option shown leads somewhere, and no list needs scrolling to find one.
 */
export function showCounts(root: HTMLElement, counts: FacetCounts, format: (count: number) => string): void {
  for (const facet of root.querySelectorAll<HTMLElement>('[data-facet]')) {
    // A facet with no counts (its table not loaded yet) shows every option and no count,
    // rather than stale ones.
    const values = counts[facet.dataset.facet as SearchFacetName];
    let offered = 0;
    for (const count of facet.querySelectorAll<HTMLElement>('[data-count]')) {
      const n = values?.[count.dataset.count!] ?? 0;
      count.textContent = values ? `(${format(n)})` : '';
      const option = count.closest('label')!;
      const input = option.querySelector('input')!;
      option.hidden = !!values && n === 0 && !input.checked;
      if (!option.hidden) offered += 1;
    }
    for (const option of facet.querySelectorAll<HTMLOptionElement>('option[data-label]')) {
      const n = values?.[option.value] ?? 0;
      option.textContent = values ? `${option.dataset.label} (${format(n)})` : option.dataset.label!;
      // Disabled too: some browsers still list a hidden option.
      option.hidden = option.disabled = !!values && n === 0 && !option.selected;
      if (!option.hidden) offered += 1;
    }
    facet.hidden = offered === 0;
  }
}

function chosen(query: SearchQuery, name: string): string[] {
  return query.filters[name as SearchFacetName] ?? [];
}
