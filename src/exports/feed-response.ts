import settings from 'virtual:common-ground/settings';
import { localName, useTranslations, type Lang, type UiKey } from '../i18n/index.ts';
import { atom } from './atom.ts';
import { formatDate } from '../lib/format.ts';
import type { FeedEvent } from './feed.ts';
import { bodyName } from '../lib/names.ts';
import type { Registry } from '../registry/index.ts';
import { textIn } from '../registry/texts-in.ts';
import { absoluteUrl, urlsFor } from '../lib/urls.ts';

/** An Atom response for a list of events, worded in the site's language. */
export function feedResponse(
  events: FeedEvent[],
  options: {
    registry: Registry;
    site: URL | undefined;
    lang: Lang;
    self: string;
    alternate: string;
    name?: string;
  },
): Response {
  const { registry, site, lang } = options;
  const t = useTranslations(lang);
  const urls = urlsFor(lang);
  const page = (path: string) => absoluteUrl(path, site);
  const entries = events.map((event) => {
    const { policy } = event;
    if (event.type === 'endorsement') {
      const e = event.endorsement;
      const url = page(urls.endorsement(policy.slug, e.anchor));
      const municipality = localName(registry.municipalities.get(e.municipality), lang) || e.municipality;
      const action = t(`action.${e.action}` as UiKey).toLowerCase();
      return {
        id: url,
        url,
        updated: e.date,
        // Named by the guideline's text in the feed's language; the decision says which text it was on.
        title: t('feed.endorsement', {
          municipality,
          action,
          title: textIn(policy.guideline, lang).title,
          version: e.version,
        }),
        summary:
          policy.guideline.texts.length > 1
            ? `${bodyName(e.body, lang)}, ${e.instrument} (${t(`decision.text.${policy.lang}`)})`
            : `${bodyName(e.body, lang)}, ${e.instrument}`,
      };
    }
    if (event.type === 'review-overdue') {
      const url = page(urls.policy(policy.slug));
      const date = formatDate(event.reviewBy, lang);
      return {
        id: `${url}#review-${event.reviewBy}`,
        url,
        updated: event.date,
        title: t('feed.overdue', { title: policy.title, date }),
        summary: t('feed.overdue.summary', { date }),
      };
    }
    const url = page(urls.version(policy.slug, event.version.version));
    return {
      id: event.type === 'proposal' ? `${url}#proposed` : url,
      url,
      updated: event.date,
      title:
        event.type === 'proposal'
          ? t('feed.proposed', { title: policy.title })
          : t('feed.version', { title: policy.title, version: event.version.version }),
      summary: event.version.changes ?? policy.summary,
    };
  });
  const body = atom({
    id: page(options.self),
    self: page(options.self),
    alternate: page(options.alternate),
    title: options.name
      ? t('feed.titleFor', { site: settings.title, name: options.name })
      : t('feed.title', { site: settings.title }),
    author: settings.title,
    lang,
    entries,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
