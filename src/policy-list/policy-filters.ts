/**
 * The policies list's filters and the address, in the browser.
 *
 * The list filters itself with CSS (src/policy-list/filter-style.ts): a checked radio hides the rows
 * that lack its value, with or without JavaScript. A static site has no server to read
 * `?status=adopted&topic=privacy`, and CSS cannot read the address, so this script does the
 * one job CSS cannot: it checks the radios the address names when the page opens (a shared
 * link, a reload, the back button), writes each change back with `history.replaceState` (a
 * filter change is a refinement of the same list, not a step worth a back-button press), and
 * says in a status line how many policies the filters leave.
 *
 * The filters are a GET form to the page itself, so the address it would submit is the one
 * this script writes and reads: `/policies/?status=adopted&topic=privacy`. With JavaScript
 * off, choosing a filter still narrows the list at once; the address just does not follow, so
 * a filtered list cannot be shared, and a link with filters opens the whole list.
 */

/** The strings the status line uses, `{shown}` and `{count}` left for the script to fill. */
export interface FilterStrings {
  'policies.shown.one': string;
  'policies.shown.other': string;
  'policies.none': string;
}

/**
 * The address for the chosen filters: the page's own address with the filter parameters
 * replaced, empty values ("All") left out, anything else in it kept.
 */
export function filtersAddress(
  current: { pathname: string; search: string; hash: string },
  names: readonly string[],
  chosen: Iterable<[string, string]>,
): string {
  const params = new URLSearchParams(current.search);
  for (const name of names) params.delete(name);
  const filters = new URLSearchParams();
  for (const [name, value] of chosen) if (names.includes(name) && value) filters.append(name, value);
  for (const [name, value] of params) filters.append(name, value);
  const search = filters.toString();
  return `${current.pathname}${search ? `?${search}` : ''}${current.hash}`;
}

export function startPolicyFilters(form: HTMLFormElement, rows: HTMLElement[], status: HTMLElement): void {
  const radios = [...form.elements].filter(
    (element): element is HTMLInputElement => element instanceof HTMLInputElement && element.type === 'radio',
  );
  const names = [...new Set(radios.map((radio) => radio.name))];
  const strings = JSON.parse(form.dataset.strings ?? '{}') as FilterStrings;
  const lang = document.documentElement.lang;
  const numbers = new Intl.NumberFormat(lang);
  const plurals = new Intl.PluralRules(lang);

  /** Checks what the address names; a value the list does not offer leaves its facet at "All". */
  function applyAddress(): void {
    const params = new URLSearchParams(location.search);
    for (const name of names) {
      const group = radios.filter((radio) => radio.name === name);
      const wanted = params.getAll(name);
      const match = group.find((radio) => radio.value && wanted.includes(radio.value));
      for (const radio of group) radio.checked = radio === (match ?? group.find((r) => !r.value));
    }
  }

  function chosen(): [string, string][] {
    return radios.filter((radio) => radio.checked).map((radio) => [radio.name, radio.value]);
  }

  function showCount(): void {
    const filtered = chosen().some(([, value]) => value);
    // The CSS has already hidden the rows: count what it left.
    const shown = rows.filter((row) => getComputedStyle(row).display !== 'none').length;
    const fill = (text: string) =>
      text.replace('{shown}', numbers.format(shown)).replace('{count}', numbers.format(rows.length));
    status.textContent = !filtered
      ? ''
      : shown === 0
        ? strings['policies.none']
        : fill(strings[plurals.select(shown) === 'one' ? 'policies.shown.one' : 'policies.shown.other']);
  }

  function writeAddress(): void {
    const address = filtersAddress(location, names, chosen());
    if (address !== `${location.pathname}${location.search}${location.hash}`)
      history.replaceState(history.state, '', address);
    showCount();
  }

  applyAddress();
  // The address now says what the list shows, unknown or repeated values dropped.
  writeAddress();
  // On a narrow screen the filters would push the list out of sight: fold them, unless the
  // address uses them (as the search page does).
  const box = form.closest('details');
  if (box && !chosen().some(([, value]) => value) && matchMedia('(max-width: 52rem)').matches)
    box.open = false;
  form.addEventListener('change', writeAddress);
  // Enter on a radio may submit the form: the list is already filtered, a reload would add nothing.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeAddress();
  });
  window.addEventListener('popstate', () => {
    applyAddress();
    showCount();
  });
}
