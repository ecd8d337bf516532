import { createElement as h, useEffect, useId, useState, type KeyboardEvent } from 'react';
import { municipalTypes } from '../i18n/municipal-types.ts';
import type { GazetteerList } from './gazetteer-list.ts';
import { siteData } from './site-data.ts';

/**
 * A municipality's `ocdId`, found in the gazetteer by name: type part of the name, choose
 * the municipality from the list (the arrow keys and Enter, or a click), and the form holds
 * its Open Civic Data identifier. An ARIA combobox of our own (a listbox that follows the
 * input, `aria-activedescendant`), since a native `<datalist>` cannot show the province and
 * the census division that tell two "Division No. 1" apart. An identifier typed whole (of
 * another country, say) is taken as typed. The name is filled in from the gazetteer as the
 * form is saved, when it was left empty (pre-save.ts).
 */
interface Props {
  value?: string;
  onChange: (value: string) => void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
}

export interface Place {
  id: string;
  name: string;
  label: string;
}

const OCD_ID = /^ocd-division\/country:[a-z]{2}(\/[a-z_]+:[\w.~-]+)*$/;
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const words = {
  en: {
    none: 'No municipality of that name in the gazetteer.',
    chosen: 'Chosen:',
    empty: 'Type part of the name, then choose the municipality.',
    loading: 'Reading the gazetteer…',
    results: (n: number) =>
      `${n} ${n === 1 ? 'municipality' : 'municipalities'} found; use the arrow keys to choose.`,
  },
  fr: {
    none: 'Aucune municipalité de ce nom dans le répertoire.',
    chosen: 'Choisie :',
    empty: 'Tapez une partie du nom, puis choisissez la municipalité.',
    loading: 'Lecture du répertoire…',
    results: (n: number) =>
      `${n} ${n === 1 ? 'municipalité trouvée' : 'municipalités trouvées'} ; choisissez avec les flèches.`,
  },
};

/** The gazetteer's places, labelled in the editor's language. */
export function places(list: GazetteerList, lang: 'en' | 'fr'): Place[] {
  return list.subdivisions.map(([code, name, nameFr, type, division]) => {
    const province = list.provinces[code.slice(0, 2)];
    const shown = lang === 'fr' && nameFr ? nameFr : name;
    const other = lang === 'fr' ? (nameFr ? name : '') : nameFr;
    const where = [municipalTypes[type]?.[lang] ?? type, division, province?.[lang === 'fr' ? 1 : 0]].filter(
      Boolean,
    );
    return {
      id: `${list.prefix}${code}`,
      name,
      label: `${shown}${other ? ` (${other})` : ''} — ${where.join(', ')}`,
    };
  });
}

/** Places whose name contains the query, those that start with it first; at most `limit`. */
export function search(all: Place[], query: string, limit = 8): Place[] {
  const q = fold(query.trim());
  if (!q) return [];
  const scored = all
    .map((place) => ({ place, at: fold(place.label.split(' — ')[0]!).indexOf(q) }))
    .filter(({ at }) => at >= 0);
  scored.sort((a, b) => Number(a.at > 0) - Number(b.at > 0) || a.place.label.localeCompare(b.place.label));
  return scored.slice(0, limit).map(({ place }) => place);
}

let loaded: Promise<Place[]> | undefined;
const lang = (): 'en' | 'fr' => (document.documentElement.lang === 'fr' ? 'fr' : 'en');

/** Every place, read once from `admin/gazetteer.json`. */
export function gazetteerPlaces(): Promise<Place[]> {
  loaded ??= siteData<GazetteerList>('gazetteer.json').then((list) => places(list, lang()));
  return loaded;
}

function GazetteerControl({
  value,
  onChange,
  forID,
  classNameWrapper,
  setActiveStyle,
  setInactiveStyle,
}: Props) {
  const t = words[lang()];
  const listId = useId();
  const [all, setAll] = useState<Place[] | undefined>();
  const [text, setText] = useState<string | undefined>();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  useEffect(() => {
    void gazetteerPlaces().then(setAll, () => setAll([]));
  }, []);
  const chosen = all?.find((place) => place.id === value);
  const shown = text ?? chosen?.label ?? value ?? '';
  const results = open && text ? search(all ?? [], text) : [];

  const choose = (place: Place) => {
    setText(undefined);
    setOpen(false);
    onChange(place.id);
  };
  const type = (typed: string) => {
    setText(typed);
    setOpen(true);
    setActive(0);
    // A whole identifier is taken as typed; a part of a name is not an identifier.
    onChange(OCD_ID.test(typed.trim()) ? typed.trim() : '');
  };
  const key = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (results.length ? (i + step + results.length) % results.length : 0));
    } else if (event.key === 'Enter' && results[active]) {
      event.preventDefault();
      choose(results[active]);
    } else if (event.key === 'Escape') setOpen(false);
  };
  const optionId = (i: number) => `${listId}-option-${i}`;
  const status = !all
    ? t.loading
    : text && open
      ? results.length
        ? t.results(results.length)
        : t.none
      : value
        ? `${t.chosen} ${chosen ? `${chosen.label}, ` : ''}${value}`
        : t.empty;

  return h(
    'div',
    { className: 'cg-gazetteer' },
    h('input', {
      id: forID,
      className: classNameWrapper,
      type: 'text',
      role: 'combobox',
      autoComplete: 'off',
      'aria-autocomplete': 'list',
      'aria-expanded': results.length > 0,
      'aria-controls': listId,
      'aria-describedby': `${listId}-status`,
      'aria-activedescendant': results.length ? optionId(active) : undefined,
      value: shown,
      onChange: (event: { target: { value: string } }) => type(event.target.value),
      onKeyDown: key,
      onFocus: setActiveStyle,
      onBlur: () => {
        setInactiveStyle();
        // Later than a click on an option, which must land first.
        setTimeout(() => setOpen(false), 200);
      },
    }),
    h(
      'ul',
      {
        id: listId,
        role: 'listbox',
        hidden: results.length === 0,
        style: { listStyle: 'none', margin: 0, padding: 0, border: '1px solid #767676', maxWidth: '48rem' },
      },
      results.map((place, i) =>
        h(
          'li',
          {
            key: place.id,
            id: optionId(i),
            role: 'option',
            'aria-selected': i === active,
            onMouseDown: (event: { preventDefault: () => void }) => event.preventDefault(),
            onClick: () => choose(place),
            style: {
              padding: '0.4rem 0.75rem',
              cursor: 'pointer',
              background: i === active ? '#1d4ed8' : '#fff',
              color: i === active ? '#fff' : '#1f2937',
            },
          },
          place.label,
        ),
      ),
    ),
    h(
      'p',
      { id: `${listId}-status`, 'aria-live': 'polite', style: { margin: '0.4rem 0 0', color: '#374151' } },
      status,
    ),
  );
}

export const gazetteerWidget = GazetteerControl as never;
