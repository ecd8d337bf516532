import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { useTranslations, type Lang } from '../i18n/index.ts';
import { formatDate } from '../lib/format.ts';
import type { GuidelineView, PolicyView } from '../registry/index.ts';
import { textIn } from '../registry/texts-in.ts';
import { addDays } from '../lib/review-date.ts';
import { isReviewed } from '../lib/reviews.ts';
import { absoluteUrl, urlsFor } from '../lib/urls.ts';

/**
 * An iCalendar feed for a region or a municipality: each text's next review (`reviewBy`) and
 * each proposal open for signing (on the day its version was published), as all-day events a
 * clerk's calendar subscribes to. UIDs are made from identifiers only (the text's slug, the
 * version, the language), so a rebuild updates the same events instead of adding new ones.
 */
export interface CalendarInput {
  name: string;
  /** The texts whose reviews it lists. */
  policies: Iterable<PolicyView>;
  /** The proposals it lists as open for signing. */
  proposals: Iterable<GuidelineView>;
  lang: Lang;
  site: URL | undefined;
  /** The build's day (src/lib/review-date.ts): the calendar's DTSTAMP, stable for a day's builds. */
  today: string;
}

const day = (date: string): DateArray => date.split('-').map(Number) as DateArray;

export function calendar({ name, policies, proposals, lang, site, today }: CalendarInput): string {
  const t = useTranslations(lang);
  const urls = urlsFor(lang);
  const host = site?.hostname ?? 'common-ground';
  const timestamp = Date.parse(`${today}T00:00:00Z`);
  // Each with its date, for the order: the calendar lists them by day, then by UID.
  const events: { date: string; uid: string; attributes: EventAttributes }[] = [];
  const add = (
    id: string,
    date: string,
    fields: Pick<EventAttributes, 'title' | 'description' | 'url' | 'categories'>,
  ) => {
    const uid = `${id}-${lang}@${host}`;
    // The package's types leave out `timestamp` (DTSTAMP), which it reads: stable, not the clock's.
    const attributes = {
      uid,
      // An all-day event ends the next day (DTEND is exclusive); the package's `duration`
      // writes P1DT, which RFC 5545 does not allow.
      start: day(date),
      end: day(addDays(date, 1)),
      timestamp,
      transp: 'TRANSPARENT',
      ...fields,
    } as EventAttributes;
    events.push({ date, uid, attributes });
  };
  const seen = new Set<string>();
  for (const policy of policies) {
    if (!isReviewed(policy) || seen.has(policy.slug)) continue;
    seen.add(policy.slug);
    add(`review-${policy.slug}`, policy.reviewBy, {
      title: t('calendar.review', { title: policy.title }),
      description: t('calendar.review.description', { title: policy.title, version: policy.version }),
      url: absoluteUrl(urls.policy(policy.slug), site),
      categories: ['review'],
    });
  }
  for (const guideline of proposals) {
    const text = textIn(guideline, lang);
    const { version, published } = guideline.original.versions[0]!;
    add(`proposal-${guideline.original.slug}-${version.replace('.', '-')}`, published, {
      title: t('calendar.proposal', { title: text.title, version }),
      description: t('calendar.proposal.description', {
        title: text.title,
        version,
        date: formatDate(published, lang),
      }),
      url: absoluteUrl(urls.councilPackage(text.slug), site),
      categories: ['proposal'],
    });
  }
  events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
  const { error, value } = createEvents(
    events.map(({ attributes }) => attributes),
    { calName: name, productId: 'common-ground/registry' },
  );
  if (error || value === null) throw error ?? new Error('the calendar could not be written');
  return value;
}

export function calendarResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
