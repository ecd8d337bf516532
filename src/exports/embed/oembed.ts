import settings from 'virtual:common-ground/settings';
import { localName, type Lang } from '../../i18n/index.ts';
import type { MunicipalityView, PolicyView, Registry } from '../../registry/index.ts';
import { absoluteUrl, urlsFor } from '../../lib/urls.ts';
import { xmlAttribute } from '../xml.ts';
import { municipalityBadgeText, policyBadge, policyBadgeText } from './badges.ts';
import { snippetHeight } from './snippet.ts';

/**
 * oEmbed answers (https://oembed.com/, section 2.3) for the pages a council's website would
 * embed, published as static files beside them and announced in each page's head
 * (`<link rel="alternate" type="application/json+oembed">`, section 4). Both are of type
 * `rich`: a municipality's is an iframe of its decisions (embed.html), a policy's its
 * co-signing badge linked to its page.
 */
export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  /** A day: the decisions change when a council decides, and the registry is rebuilt. */
  cache_age: number;
  html: string;
  width: number;
  height: number;
}

const SNIPPET_WIDTH = 400;

function answer(
  title: string,
  html: string,
  width: number,
  height: number,
  lang: Lang,
  site: URL | undefined,
): OEmbed {
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: settings.title,
    provider_url: absoluteUrl(urlsFor(lang).home(), site),
    cache_age: 86400,
    html,
    width,
    height,
  };
}

export function municipalityOEmbed(
  municipality: MunicipalityView,
  registry: Registry,
  lang: Lang,
  site: URL | undefined,
): OEmbed {
  const title = `${localName(municipality, lang)}: ${municipalityBadgeText(municipality, registry, lang)}`;
  const height = snippetHeight(municipality, registry);
  const src = absoluteUrl(urlsFor(lang).municipalityEmbed(municipality.id), site);
  // Sandboxed: the snippet has no script, and its links may only leave the frame when clicked.
  const html = `<iframe src="${xmlAttribute(src)}" title="${xmlAttribute(title)}" width="${SNIPPET_WIDTH}" height="${height}" loading="lazy" sandbox="allow-popups allow-top-navigation-by-user-activation"></iframe>`;
  return answer(title, html, SNIPPET_WIDTH, height, lang, site);
}

/** The badge linked to its page: the markup the embed page offers to copy. */
export function badgeLink(href: string, src: string, alt: string, width: number, height: number): string {
  return `<a href="${xmlAttribute(href)}"><img src="${xmlAttribute(src)}" alt="${xmlAttribute(alt)}" width="${width}" height="${height}"></a>`;
}

export function policyOEmbed(
  policy: PolicyView,
  registry: Registry,
  lang: Lang,
  site: URL | undefined,
): OEmbed {
  const urls = urlsFor(lang);
  const badge = policyBadge(policy, registry, lang);
  const title = `${policy.title}: ${policyBadgeText(policy, registry, lang)}`;
  const html = badgeLink(
    absoluteUrl(urls.policy(policy.slug), site),
    absoluteUrl(urls.policyBadge(policy.slug), site),
    title,
    badge.width,
    badge.height,
  );
  return answer(title, html, badge.width, badge.height, lang, site);
}
