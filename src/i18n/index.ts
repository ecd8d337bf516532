import { en, type Dictionary, type UiKey } from './en.ts';
import { fr } from './fr.ts';
import { withArticle, withPreposition, type Named } from './names.ts';

export type { UiKey } from './en.ts';
export type { Named } from './names.ts';
export type Lang = 'en' | 'fr';

const dictionaries: Record<Lang, Dictionary> = { en, fr };

// A key missing in one language must stop the build, not put an English word on a French
// page: TypeScript checks the French dictionary's type, and this checks what was built.
for (const [lang, dictionary] of Object.entries(dictionaries)) {
  const missing = Object.keys(en).filter((key) => typeof dictionary[key as UiKey] !== 'string');
  const extra = Object.keys(dictionary).filter((key) => !(key in en));
  if (missing.length || extra.length) {
    throw new Error(
      `src/i18n/${lang}.ts: ${missing.length ? `missing ${missing.join(', ')}` : ''}${extra.length ? ` unknown ${extra.join(', ')}` : ''}`,
    );
  }
}

/**
 * `t('policy.progress.summary', { signed: 5 })`: a string of the page's language, filled in.
 * A name that takes an article is passed as a `Named`; the sentence writes the preposition
 * before it in the placeholder, `membres {de:region}`, and gets « membres de la Région de
 * Durham » or « membres du Regroupement … » (see names.ts).
 */
export function useTranslations(lang: Lang) {
  const dictionary = dictionaries[lang];
  return (key: UiKey, values: Record<string, string | number | Named> = {}) =>
    dictionary[key].replace(
      /\{(?:([^\s{}:]+):)?(\w+)\}/g,
      (placeholder, preposition: string | undefined, name: string) => {
        const value = values[name];
        if (value === undefined) return placeholder;
        const named = typeof value === 'object' ? value : { name: String(value) };
        return preposition ? withPreposition(preposition, named, lang) : withArticle(named);
      },
    );
}

/**
 * The languages the site is built in. Each page lives under `src/pages/[...lang]/`: the
 * default language has no prefix (`lang` is undefined), another is served under `/<lang>/`.
 */
export const siteLanguages: Lang[] = ['en', 'fr'];
export const defaultLang: Lang = 'en';

/** The languages' own names, for the language switcher. */
export const languageNames: Record<Lang, string> = { en: 'English', fr: 'Français' };

export function langPaths(): { params: { lang: string | undefined } }[] {
  return siteLanguages.map((lang) => ({ params: { lang: lang === defaultLang ? undefined : lang } }));
}

export function langFromParam(param: string | undefined): Lang {
  return (param as Lang | undefined) ?? defaultLang;
}

/** A name in the page's language: `name_fr` on French pages when there is one. */
export function localName(entity: { name: string; name_fr?: string } | undefined, lang: Lang): string {
  if (!entity) return '';
  return lang === 'fr' ? (entity.name_fr ?? entity.name) : entity.name;
}
