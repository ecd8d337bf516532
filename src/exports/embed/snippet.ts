import { createHash } from 'node:crypto';
import settings from 'virtual:common-ground/settings';
import { localName, useTranslations, type Lang } from '../../i18n/index.ts';
import { formatDate } from '../../lib/format.ts';
import type { MunicipalityView, Registry } from '../../registry/index.ts';
import { textIn } from '../../registry/texts-in.ts';
import { absoluteUrl, urlsFor } from '../../lib/urls.ts';
import { xmlAttribute, xmlText } from '../xml.ts';

/**
 * `/municipalities/<id>/embed.html`: a municipality's standing decisions as a page of their
 * own, small enough to show in an iframe on its council's website. Standalone: no script,
 * no file from anywhere, one inline style allowed by its hash in the page's own
 * Content-Security-Policy; links are full addresses and open in the top window, out of the
 * frame. Every value is escaped (HTML escaping is XML's, with the quote for attributes).
 */
const STYLE = [
  'body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}',
  'main{padding:.5rem .75rem}',
  'h1{font-size:1rem;margin:0 0 .4rem}',
  'ul{margin:0;padding-left:1.1rem}',
  'li{margin:.2rem 0}',
  'a{color:#0b5394}',
  '.muted{color:#555}',
  'p{margin:.5rem 0 0;font-size:.85rem}',
].join('');

export const SNIPPET_STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

/** What the page's policy lets in: nothing but its own style, and links out. */
export const SNIPPET_CSP = [
  "default-src 'self'",
  "script-src 'none'",
  `style-src ${SNIPPET_STYLE_HASH}`,
  "img-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The decisions the snippet lists: the municipality's standing ones, newest first. */
export function standingDecisions(municipality: MunicipalityView, registry: Registry) {
  return (registry.endorsementsByMunicipality.get(municipality.id) ?? []).filter((e) => e.standing);
}

/** Rows of the snippet, for its height in the oEmbed answer. */
export function snippetHeight(municipality: MunicipalityView, registry: Registry): number {
  return 80 + 26 * Math.max(1, standingDecisions(municipality, registry).length);
}

export function municipalitySnippet(
  municipality: MunicipalityView,
  registry: Registry,
  lang: Lang,
  site: URL | undefined,
): string {
  const t = useTranslations(lang);
  const urls = urlsFor(lang);
  const name = localName(municipality, lang);
  const heading = t('embed.snippet.heading', { name });
  const items = standingDecisions(municipality, registry).map((decision) => {
    const text = textIn(decision.policy.guideline, lang);
    const href = absoluteUrl(urls.policy(text.slug), site);
    const what = t('package.standing.decision', {
      action: t(`action.${decision.action}`),
      version: decision.version,
      date: formatDate(decision.date, lang),
      instrument: decision.instrument,
    });
    const earlier = decision.current
      ? ''
      : ` <span class="muted">(${xmlText(
          t('municipality.open.pending', {
            version: decision.version,
            current: decision.policy.guideline.version,
          }),
        )})</span>`;
    const textLang =
      text.lang === lang ? '' : ` lang="${xmlAttribute(text.lang)}" hreflang="${xmlAttribute(text.lang)}"`;
    return `<li><a href="${xmlAttribute(href)}" target="_top"${textLang}>${xmlText(text.title)}</a>: ${xmlText(what)}${earlier}</li>`;
  });
  const more = absoluteUrl(urls.municipality(municipality.id), site);
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="content-security-policy" content="${SNIPPET_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // A part of the council's page, not a page of the registry's to list in search.
    '<meta name="robots" content="noindex">',
    `<title>${xmlText(`${heading} · ${settings.title}`)}</title>`,
    `<link rel="canonical" href="${xmlAttribute(more)}">`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${xmlText(heading)}</h1>`,
    items.length ? `<ul>\n${items.join('\n')}\n</ul>` : `<p>${xmlText(t('embed.snippet.none'))}</p>`,
    `<p><a href="${xmlAttribute(more)}" target="_top">${xmlText(t('embed.snippet.more', { site: settings.title }))}</a></p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
