import { useTranslations, type Lang } from '../../i18n/index.ts';
import { formatDate } from '../../lib/format.ts';
import { readBody } from '../../registry/bodies.ts';
import type { PolicyView, VersionView } from '../../registry/index.ts';
import { parseText } from '../../text/parse.ts';
import { UnrenderableText } from '../../text/render.ts';
import { absoluteUrl, urlsFor } from '../../lib/urls.ts';
import { heading, para, type WordDocument } from './document.ts';
import { wordText, type WordText } from './text.ts';

/**
 * A version's text in Word, from its syntax tree: parsed by the one parser, as the page is.
 * The build has rendered (and judged) the same body for the version's page before; a text the
 * parser refuses stops here too.
 */
export function versionWordText(
  version: VersionView,
  lang: Lang,
  site: URL | undefined,
  headingShift = 0,
): WordText {
  const t = useTranslations(lang);
  const parsed = parseText(readBody(version.entry));
  if ('error' in parsed)
    throw new UnrenderableText(
      `${version.entry.filePath}: line ${parsed.error.line}: ${parsed.error.reason}`,
    );
  return wordText(parsed.tree, {
    callout: { note: t('content.callout.note'), warning: t('content.callout.warning') },
    href: (url) => absoluteUrl(url, site),
    headingShift,
  });
}

/** `/policies/<slug>/v/<version>/<slug>-<version>.docx`: the text in its own language, labels too. */
export function versionDocument(
  policy: PolicyView,
  version: VersionView,
  site: URL | undefined,
): WordDocument {
  const lang = policy.lang as Lang;
  const t = useTranslations(lang);
  const url = absoluteUrl(urlsFor(lang).version(policy.slug, version.version), site);
  const text = versionWordText(version, lang, site);
  const title = `${policy.title}, ${t('version.title', { version: version.version })}`;
  return {
    title,
    lang,
    blocks: [
      heading(title),
      para(`${t('word.label', { label: t('field.published') })} ${formatDate(version.published, lang)}`),
      para(`${t('word.label', { label: t('field.textHash') })} ${version.textHash}`),
      ...text.blocks,
    ],
    numbering: text.numbering,
    footer: { url, hash: version.textHash },
  };
}
