import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { useTranslations, type Lang } from '../../i18n/index.ts';
import { renderText, type RenderedText } from '../text/render.ts';
import { urls, urlsFor } from '../urls.ts';
import { readBody, recent } from './bodies.ts';
import type { PolicyView, VersionView } from './types.ts';

/**
 * A version's text as its pages show it: rendered once per language however many pages in
 * a row show it (the policy page, the frozen version, the council package), and never kept
 * for the whole build.
 */
export const versionText = recent(
  (policy: PolicyView, version: VersionView, lang: Lang): RenderedText => {
    const t = useTranslations(lang);
    const file = resolve(version.entry.filePath!);
    // Pictures live in the policy's folder, for its current text and its frozen versions alike.
    const folder = version.current ? dirname(file) : dirname(dirname(file));
    const versionUrl = urlsFor(lang).version(policy.slug, version.version);
    const body = readBody(version.entry);
    return renderText(body, {
      file: relative(process.cwd(), file),
      lineOffset: frontmatterLines(file, body),
      lang,
      callout: { note: t('content.callout.note'), warning: t('content.callout.warning') },
      linkTo: (id) => `${versionUrl}#${id}`,
      linkLabel: t('clause.link', { version: version.version }),
      imageExists: (name) => existsSync(join(folder, name)),
      imageUrl: (name) => policyImageUrl(policy.slug, name),
    });
  },
  // The text hash is in the key: in `astro dev` an edited text is rendered anew.
  (policy, version, lang) => `${policy.slug} ${version.version} ${lang} ${version.textHash}`,
);

/** The lines of a text's file before its body. */
function frontmatterLines(file: string, body: string): number {
  const text = readFileSync(file, 'utf8');
  return text.slice(0, text.length - body.length).split('\n').length - 1;
}

/** Where a policy's picture is published: beside its page, the same in every language. */
export function policyImageUrl(slug: string, name: string): string {
  return `${urls.policy(slug)}${name}`;
}
