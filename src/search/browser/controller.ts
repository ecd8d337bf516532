/**
 * The search page in the browser. The address is the search: reading it fills the form and
 * runs the search (on arrival, reload and back/forward); changing the form writes it. Typing
 * replaces the current history entry, a filter or sort change adds one, so the back button
 * steps through choices rather than keystrokes.
 */
import { DEFERRED_FACET, narrow } from '../facet-table.ts';
import { clearFilters, readForm, showCounts, writeForm } from './form.ts';
import { loadSearchIndex, type SearchIndex } from './pagefind.ts';
import {
  hasFilters,
  pagefindSort,
  pagefindTerm,
  queryString,
  readQuery,
  searchTerm,
  type SearchQuery,
} from '../query.ts';
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

  let index: Promise<SearchIndex> | undefined;
  const ready = () => (index ??= loadSearchIndex(root.dataset.searchBundle!, root.dataset.searchBase!, lang));

  let latest = 0;
  async function run(query: SearchQuery): Promise<void> {
    const id = ++latest;
    const isCurrent = () => id === latest;
    const filtered = hasFilters(query);
    for (const button of clearButtons) if (!button.closest('[data-search-empty]')) button.hidden = !filtered;
    view.busy(true);
    try {
      const search = await ready();
      // Pagefind finds and sorts; the facet table filters and counts (see facet-table.ts).
      const [found] = await Promise.all([
        search.pagefind.search(pagefindTerm(query), { sort: pagefindSort(query) }),
        query.filters[DEFERRED_FACET]?.length ? search.withDeferredFacet() : undefined,
      ]);
      if (!isCurrent()) return;
      const { kept, counts } = narrow(found.results, search.facets, query);
      // Not yet loaded: its options show no count rather than a wrong one.
      if (!search.hasDeferredFacet()) delete counts[DEFERRED_FACET];
      showCounts(root, counts, (count) => numbers.format(count));
      await view.show(kept, { term: searchTerm(query), filtered, isCurrent });
    } catch (error) {
      if (!isCurrent()) return;
      view.unavailable();
      console.warn('Search is unavailable:', error);
    } finally {
      if (isCurrent()) view.busy(false);
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
    if (input.value.trim()) void ready().then(({ pagefind }) => pagefind.preload(input.value.trim()), noop);
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
  // The municipality filter's counts load when the visitor reaches for it.
  const deferredFacet = root.querySelector<HTMLElement>(`[data-facet="${DEFERRED_FACET}"]`);
  for (const type of ['focusin', 'pointerdown'])
    deferredFacet?.addEventListener(type, () => {
      void ready()
        .then(async (search) => {
          if (search.hasDeferredFacet()) return;
          await search.withDeferredFacet();
          await run(readForm(form));
        })
        .catch(noop);
    });
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

function noop(): void {}
