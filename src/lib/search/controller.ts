/**
 * The search page in the browser. The address is the search: reading it fills the form and
 * runs the search (on arrival, reload and back/forward); changing the form writes it. Typing
 * replaces the current history entry, a filter or sort change adds one, so the back button
 * steps through choices rather than keystrokes.
 */
import { clearFilters, readForm, showCounts, writeForm } from './form.ts';
import { loadPagefind, type FilterCounts, type Pagefind } from './pagefind.ts';
import {
  hasFilters,
  pagefindFilters,
  pagefindSort,
  queryString,
  readQuery,
  pagefindTerm,
  searchFacetNames,
  searchTerm,
  type SearchFacetName,
  type SearchQuery,
} from './query.ts';
import { resultsView } from './render.ts';

/** Long enough to skip the keystrokes of a word, short enough to feel live. */
const TYPING_PAUSE_MS = 250;

export function startSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const clearButtons = root.querySelectorAll<HTMLButtonElement>('[data-clear-filters]');
  const lang = document.documentElement.lang;
  const numbers = new Intl.NumberFormat(lang);
  const view = resultsView(root, JSON.parse(root.dataset.searchStrings ?? '{}'), lang);

  let pagefind: Promise<Pagefind> | undefined;
  const ready = () => (pagefind ??= loadPagefind(root.dataset.searchBundle!, root.dataset.searchBase!));

  let latest = 0;
  async function run(query: SearchQuery): Promise<void> {
    const id = ++latest;
    const isCurrent = () => id === latest;
    const filtered = hasFilters(query);
    for (const button of clearButtons) if (!button.closest('[data-search-empty]')) button.hidden = !filtered;
    const format = (count: number) => numbers.format(count);
    view.busy(true);
    root.dataset.searchCounting = '';
    try {
      const search = await ready();
      const found = await search.search(pagefindTerm(query), {
        filters: pagefindFilters(query),
        sort: pagefindSort(query),
      });
      if (!isCurrent()) return;
      const chosen = searchFacetNames.filter((name) => query.filters[name]?.length);
      showCounts(root, without(found.filters, chosen), format);
      await view.show(found.results, { term: searchTerm(query), filtered, isCurrent });
      if (!isCurrent()) return;
      view.busy(false);
      // Results first: recounting the chosen facets takes one more search each.
      const recounted = await chosenFacetCounts(search, query, chosen);
      if (isCurrent()) showCounts(root, recounted, format);
    } catch (error) {
      if (!isCurrent()) return;
      view.unavailable();
      console.warn('Search is unavailable:', error);
    } finally {
      if (isCurrent()) {
        view.busy(false);
        delete root.dataset.searchCounting;
      }
    }
  }

  function go(history: 'push' | 'replace'): void {
    const query = readForm(form);
    const search = queryString(query);
    const address = `${location.pathname}${search ? `?${search}` : ''}`;
    if (address !== `${location.pathname}${location.search}`) {
      if (history === 'push') window.history.pushState(null, '', address);
      else window.history.replaceState(null, '', address);
    }
    void run(query);
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    go('push');
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    // Fetch the index chunk for the word being typed while the user is still typing.
    if (input.value.trim()) void ready().then((search) => search.preload(input.value.trim()), noop);
    typing = setTimeout(() => go('replace'), TYPING_PAUSE_MS);
  });
  root.addEventListener('change', (event) => {
    const target = event.target;
    if (
      (target instanceof HTMLInputElement && target.type === 'checkbox') ||
      target instanceof HTMLSelectElement
    )
      go('push');
  });
  for (const button of clearButtons) {
    button.addEventListener('click', () => {
      clearFilters(form);
      go('push');
      input.focus();
    });
  }
  window.addEventListener('popstate', () => {
    const query = readQuery(new URLSearchParams(location.search));
    writeForm(form, query);
    void run(query);
  });

  const arrived = readQuery(new URLSearchParams(location.search));
  writeForm(form, arrived);
  // On a narrow screen the filters would push the results out of sight: fold them, unless
  // the search uses them.
  const filters = root.querySelector<HTMLDetailsElement>('details.search-filters');
  if (filters && !hasFilters(arrived) && window.matchMedia('(max-width: 52rem)').matches)
    filters.open = false;
  void run(arrived);
}

/**
 * The values of one facet are alternatives, so each chosen facet's counts must ignore its own
 * choice ("how many if I also tick this one"): one more search per chosen facet.
 */
async function chosenFacetCounts(
  search: Pagefind,
  query: SearchQuery,
  chosen: SearchFacetName[],
): Promise<FilterCounts> {
  const term = pagefindTerm(query);
  const recounted = await Promise.all(
    chosen.map((name) => search.search(term, { filters: pagefindFilters(query, name) })),
  );
  return Object.fromEntries(chosen.map((name, i) => [name, recounted[i]!.filters[name] ?? {}]));
}

function without(counts: FilterCounts, names: SearchFacetName[]): FilterCounts {
  return Object.fromEntries(
    Object.entries(counts).filter(([name]) => !names.includes(name as SearchFacetName)),
  );
}

function noop(): void {}
