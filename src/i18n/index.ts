import { en, type Dictionary, type UiKey } from './en.ts';

export type { UiKey } from './en.ts';
export type Lang = 'en' | 'fr';

const dictionaries: Record<'en', Dictionary> = { en };

/** `t('policy.progress.summary', { signed: 5 })`: a string of the page's language, filled in. */
export function useTranslations(lang: Lang) {
  const dictionary = dictionaries[lang as 'en'] ?? en;
  return (key: UiKey, values: Record<string, string | number> = {}) =>
    dictionary[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/**
 * The languages the site is built in. Each page lives under `src/pages/[...lang]/`: the
 * default language has no prefix (`lang` is undefined), another is served under `/<lang>/`.
 */
export const siteLanguages: Lang[] = ['en'];
export const defaultLang: Lang = 'en';

export function langPaths(): { params: { lang: string | undefined } }[] {
  return siteLanguages.map((lang) => ({ params: { lang: lang === defaultLang ? undefined : lang } }));
}

export function langFromParam(param: string | undefined): Lang {
  return (param as Lang | undefined) ?? defaultLang;
}
