import { useTranslations, type Lang } from '../i18n/index.ts';
import { compareTexts, type Comparison } from '../text/compare.ts';
import { readBody, recent } from './bodies.ts';
import { policyImageUrl } from './texts.ts';
import type { AdaptationView, PolicyView, VersionView } from './index.ts';
import { comparableText } from '../text/text-blocks.ts';

/**
 * A version's text as a comparison reads it (src/text/text-blocks.ts), parsed once however
 * many comparisons in a row use it. In one language: the labels the registry writes into a
 * text ("Note" on a callout) are the page's.
 */
const versionTree = recent(
  (policy: PolicyView, version: VersionView, lang: Lang) => {
    const t = useTranslations(lang);
    return comparableText(readBody(version.entry), {
      lang,
      callout: { note: t('content.callout.note'), warning: t('content.callout.warning') },
      imageUrl: (name) => policyImageUrl(policy.slug, name),
    });
  },
  (policy, version, lang) => `${policy.slug} ${version.version} ${lang} ${version.textHash}`,
);

/**
 * The changes between two versions, block by block and word by word. The English and French
 * pages of a comparison are built one after the other (their routes list the languages
 * innermost), and the texts they compare are read once for both.
 */
export const versionChanges = recent(
  (policy: PolicyView, from: VersionView, to: VersionView, lang: Lang): Comparison =>
    compareTexts(versionTree(policy, from, lang), versionTree(policy, to, lang)),
  (policy, from, to, lang) => `${policy.slug} ${from.textHash} ${to.textHash} ${lang}`,
);

/**
 * A local adaptation's differences from the regional text: the regional version it adapts on
 * one side, the local text's current version on the other, compared as versions are (block by
 * block, then word by word), so that the page reads like a comparison of versions.
 */
export const adaptationDifferences = recent(
  ({ local, regional, version }: AdaptationView, lang: Lang): Comparison =>
    compareTexts(versionTree(regional, version, lang), versionTree(local, local.versions[0]!, lang)),
  ({ local, regional, version }, lang) =>
    `${regional.slug} ${version.textHash} ${local.slug} ${local.versions[0]!.textHash} ${lang}`,
);
