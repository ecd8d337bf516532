import type { Lang } from '../i18n/index.ts';

const locales: Record<Lang, string> = { en: 'en-CA', fr: 'fr-CA' };
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** "March 3, 2025" / « 3 mars 2025 »; dates are calendar days, so formatted in UTC. */
export function formatDate(date: string, lang: Lang): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[lang], { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

export function formatNumber(value: number, lang: Lang): string {
  return value.toLocaleString(locales[lang]);
}

/** "Ajax, Pickering and Whitby" / « Ajax, Pickering et Whitby » */
export function formatList(items: string[], lang: Lang): string {
  return new Intl.ListFormat(locales[lang], { type: 'conjunction' }).format(items);
}
