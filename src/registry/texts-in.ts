import type { Lang } from '../i18n/index.ts';
import { sameVersion } from '../lib/versions.ts';
import type { GuidelineView, PolicyView } from './types.ts';

/** The guideline's text in the reader's language when it has one, else the original. */
export function textIn(guideline: GuidelineView, lang: Lang): PolicyView {
  return guideline.texts.find((text) => text.lang === lang) ?? guideline.original;
}

/**
 * The text to compare two versions in: the reader's language when that text has both
 * versions (a translation can lag behind), else the original, which has every version.
 */
export function textWithVersions(guideline: GuidelineView, lang: Lang, ...versions: string[]): PolicyView {
  const text = textIn(guideline, lang);
  const has = (version: string) => text.versions.some((v) => sameVersion(v.version, version));
  return versions.every(has) ? text : guideline.original;
}

const listed = new WeakMap<readonly GuidelineView[], Map<Lang, PolicyView[]>>();

/**
 * The texts one language's site lists, searches and counts: each guideline once, in that
 * language when it has a text in it (else its original). Computed once per language.
 */
export function listedTexts(guidelines: readonly GuidelineView[], lang: Lang): PolicyView[] {
  let byLang = listed.get(guidelines);
  if (!byLang) listed.set(guidelines, (byLang = new Map()));
  let texts = byLang.get(lang);
  if (!texts) byLang.set(lang, (texts = guidelines.map((guideline) => textIn(guideline, lang))));
  return texts;
}

/** Whether this text is the one its guideline is listed and searched by on a language's site. */
export function isListedText(policy: PolicyView, lang: Lang): boolean {
  return textIn(policy.guideline, lang) === policy;
}
