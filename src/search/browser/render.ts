/** The results list in the browser: one page of results at a time, and what to say about them. */
import type { PagefindResult, PagefindResultData } from './pagefind.ts';

/** Results shown at once, as on most search engines: each needs its own fragment download. */
const PAGE_SIZE = 10;

export type Strings = Record<string, string>;

export interface ResultsContext {
  term: string | null;
  filtered: boolean;
  /** False once a newer search has started: its results must not be overwritten. */
  isCurrent(): boolean;
}

export interface ResultsView {
  busy(on: boolean): void;
  show(results: PagefindResult[], context: ResultsContext): Promise<void>;
  unavailable(): void;
}

export function resultsView(root: HTMLElement, strings: Strings, lang: string): ResultsView {
  const find = <E extends Element>(selector: string) => root.querySelector<E>(selector)!;
  const list = find<HTMLOListElement>('[data-search-list]');
  const status = find<HTMLElement>('[data-search-status]');
  const shown = find<HTMLElement>('[data-search-shown]');
  const more = find<HTMLButtonElement>('[data-search-more]');
  const empty = find<HTMLElement>('[data-search-empty]');
  const emptyReason = find<HTMLElement>('[data-search-empty-reason]');
  const emptyFilters = find<HTMLElement>('[data-search-empty-filters]');
  const template = find<HTMLTemplateElement>('template[data-search-result]');
  const numbers = new Intl.NumberFormat(lang);
  const plurals = new Intl.PluralRules(lang);

  const text = (key: string, values: Record<string, string | number> = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = values[name];
      return typeof value === 'number' ? numbers.format(value) : (value ?? '');
    });
  const counted = (key: string, count: number, values: Record<string, string> = {}) =>
    text(`${key}.${plurals.select(count) === 'one' ? 'one' : 'other'}`, { ...values, count });

  let results: PagefindResult[] = [];
  let context: ResultsContext;

  async function showNextPage(): Promise<HTMLElement[]> {
    const start = list.children.length;
    const page = await Promise.all(results.slice(start, start + PAGE_SIZE).map((result) => result.data()));
    if (!context.isCurrent()) return [];
    const items = page.map(renderResult);
    list.append(...items);
    const remaining = results.length - list.children.length;
    shown.hidden = more.hidden = remaining <= 0;
    shown.textContent = text('search.shown', { shown: list.children.length, count: results.length });
    return items;
  }

  function renderResult(data: PagefindResultData): HTMLElement {
    const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
    const link = item.querySelector('a')!;
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    const meta = item.querySelector('.meta')!;
    const excerpt = item.querySelector<HTMLElement>('.excerpt')!;
    const type = data.filters.type?.[0] ?? 'policy';
    if (type === 'policy') {
      const badge = root.querySelector<HTMLTemplateElement>(
        `template[data-search-badge="${data.meta.status}"]`,
      );
      if (badge) meta.append(badge.content.cloneNode(true));
      // A policy in another language than the page's says so, and is read out in its language.
      if (data.meta.lang && data.meta.lang !== document.documentElement.lang) {
        const language = strings[`search.inLanguage.${data.meta.lang}`];
        if (language) meta.append(span(language));
        link.lang = excerpt.lang = data.meta.lang;
      }
      const endorsements = Number(data.meta.endorsements ?? 0);
      for (const part of [
        text(`kind.${data.meta.kind}`),
        `${text('field.version')} ${data.meta.version}`,
        data.meta.region,
        // A local adaptation is its council's own text: it says what it adapts, not who signed.
        data.meta.adapts ?? counted('search.endorsements', endorsements),
        Number(data.meta.earlier ?? 0) > 0 ? counted('search.earlier', Number(data.meta.earlier)) : undefined,
        Number(data.meta.adapted ?? 0) > 0 ? counted('search.adapted', Number(data.meta.adapted)) : undefined,
      ]) {
        if (part) meta.append(span(part));
      }
    } else {
      meta.append(span(text(`search.result.${type}`)));
    }
    // Pagefind escapes the excerpt and adds only <mark>. Without words typed, a policy's summary
    // says more; other pages are short, and their summary says more than any excerpt.
    if (data.meta.summary && (!context.term || type !== 'policy')) excerpt.textContent = data.meta.summary;
    else excerpt.innerHTML = data.excerpt;
    return item;
  }

  more.addEventListener('click', async () => {
    const items = await showNextPage();
    // Keyboard users continue from the first new result, not from the top of the page.
    items[0]?.querySelector('a')?.focus();
  });

  return {
    busy(on) {
      list.setAttribute('aria-busy', String(on));
    },

    async show(found, current) {
      results = found;
      context = current;
      root.querySelector('[data-search-unavailable]')!.toggleAttribute('hidden', true);
      list.replaceChildren();
      await showNextPage();
      if (!current.isCurrent()) return;
      const query = current.term ?? '';
      status.textContent = query
        ? counted('search.count.query', found.length, { query })
        : counted('search.count', found.length);
      empty.hidden = found.length > 0;
      emptyFilters.hidden = !current.filtered;
      emptyReason.textContent = !query
        ? text('search.empty.filters')
        : text(current.filtered ? 'search.empty.queryFiltered' : 'search.empty.query', { query });
    },

    unavailable() {
      list.replaceChildren();
      status.textContent = '';
      shown.hidden = more.hidden = empty.hidden = true;
      root.querySelector('[data-search-unavailable]')!.toggleAttribute('hidden', false);
    },
  };
}

function span(content: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.textContent = content;
  return element;
}
