import type { Lang } from '../i18n/index.ts';

const locales: Record<Lang, string> = { en: 'en-CA', fr: 'fr-CA' };
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const listFormats = new Map<Lang, Intl.ListFormat>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();
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
    let format = dateFormats.get(lang);
    if (!format) {
      format = new Intl.DateTimeFormat(locales[lang], { dateStyle: 'long', timeZone: 'UTC' });
      dateFormats.set(lang, format);
    }
    formatted = format.format(new Date(`${date}T00:00:00Z`));
    formattedDates.set(key, formatted);
  }
  return formatted;
}

export function formatNumber(value: number, lang: Lang): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang]);
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

/** "Ajax, Pickering and Whitby" / « Ajax, Pickering et Whitby » */
export function formatList(items: string[], lang: Lang): string {
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(locales[lang], { type: 'conjunction' });
    listFormats.set(lang, format);
  }
  return format.format(items);
}
