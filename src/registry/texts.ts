import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import settings from 'virtual:common-ground/settings';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { useTranslations, type Lang } from '../i18n/index.ts';
import { renderText, type RenderedText } from '../text/render.ts';
import { urls, urlsFor } from '../lib/urls.ts';
import { recent } from './bodies.ts';
import type { PolicyView, VersionView } from './types.ts';

/**
 * A version's text as its pages show it, in one language: the last few are held in memory
 * for the pages built in a row, and every one is kept on disk in the text cache (below), never
 * all of them in memory for the whole build.
 */
export const versionText = recent(
  (policy: PolicyView, version: VersionView, lang: Lang): RenderedText => kept(policy, version, lang, render),
  // The text hash is in the key: in `astro dev` an edited text is rendered anew.
  (policy, version, lang) => `${policy.slug} ${version.version} ${lang} ${version.textHash}`,
);

/**
 * A rendered text from the text cache, or rendered and kept there. Its key is everything the
 * HTML depends on besides the renderer's code (whose fingerprint names the cache folder): the
 * text's hash, the page language's labels, and the addresses its links and pictures point to.
 * The policy page, the frozen version and the council package are built far apart, and each
 * build after the first renders only the texts that changed.
 */
function kept(
  policy: PolicyView,
  version: VersionView,
  lang: Lang,
  make: (policy: PolicyView, version: VersionView, lang: Lang) => RenderedText,
): RenderedText {
  if (!settings.textCache) return make(policy, version, lang);
  const t = useTranslations(lang);
  const key = createHash('sha256')
    .update(
      JSON.stringify([
        version.textHash,
        lang,
        t('content.callout.note'),
        t('content.callout.warning'),
        t('clause.link', { version: version.version }),
        urlsFor(lang).version(policy.slug, version.version),
        policyImageUrl(policy.slug, ''),
      ]),
    )
    .digest('hex');
  const path = join(settings.textCache, key.slice(0, 2), `${key}.json`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as RenderedText;
  } catch {
    // Not kept yet (or unreadable): render it.
  }
  const rendered = make(policy, version, lang);
  mkdirSync(dirname(path), { recursive: true });
  // Written aside and renamed: a build stopped half-way never leaves half a file to read.
  const aside = `${path}.${process.pid}.tmp`;
  writeFileSync(aside, JSON.stringify(rendered));
  renameSync(aside, path);
  return rendered;
}

function render(policy: PolicyView, version: VersionView, lang: Lang): RenderedText {
  const t = useTranslations(lang);
  const file = resolve(version.entry.filePath!);
  // Pictures live in the policy's folder, for its current text and its frozen versions alike.
  const folder = version.current ? dirname(file) : dirname(dirname(file));
  const versionUrl = urlsFor(lang).version(policy.slug, version.version);
  // One read gives the body and where it starts, for messages that name the file's line.
  const { body, bodyLineOffset } = splitFrontmatter(readFileSync(file, 'utf8')) ?? {
    body: '',
    bodyLineOffset: 0,
  };
  return renderText(body, {
    file: relative(process.cwd(), file),
    lineOffset: bodyLineOffset,
    lang,
    callout: { note: t('content.callout.note'), warning: t('content.callout.warning') },
    linkTo: (id) => `${versionUrl}#${id}`,
    linkLabel: t('clause.link', { version: version.version }),
    imageExists: (name) => existsSync(join(folder, name)),
    imageUrl: (name) => policyImageUrl(policy.slug, name),
  });
}

/** Where a policy's picture is published: beside its page, the same in every language. */
export function policyImageUrl(slug: string, name: string): string {
  return `${urls.policy(slug)}${name}`;
}
