import type { Lang } from '../i18n/index.ts';

const locales: Record<Lang, string> = { en: 'en-CA', fr: 'fr-CA' };

/** One formatter per language, made on first use: Intl constructors are slow. */
function perLanguage<F>(create: (locale: string) => F): (lang: Lang) => F {
  const made = new Map<Lang, F>();
  return (lang) => {
    let formatter = made.get(lang);
    if (!formatter) made.set(lang, (formatter = create(locales[lang])));
    return formatter;
  };
}

const dateFormat = perLanguage(
  (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
);
const numberFormat = perLanguage((locale) => new Intl.NumberFormat(locale));
const listFormat = perLanguage((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));

/**
 * Formatted dates by language and date. A registry has a few thousand distinct dates and
 * pages show them hundreds of thousands of times; Intl formatting is the slow part.
 */
const formattedDates = new Map<string, string>();

/** "March 3, 2025" / « 3 mars 2025 »; dates are calendar days, so formatted in UTC. */
export function formatDate(date: string, lang: Lang): string {
  const key = `${lang}${date}`;
  let formatted = formattedDates.get(key);
  if (formatted === undefined) {
    formatted = dateFormat(lang).format(new Date(`${date}T00:00:00Z`));
    formattedDates.set(key, formatted);
  }
  return formatted;
}

export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(lang).format(value);
}

/** "Ajax, Pickering and Whitby" / « Ajax, Pickering et Whitby » */
export function formatList(items: string[], lang: Lang): string {
  return listFormat(lang).format(items);
}
