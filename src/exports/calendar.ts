import ICAL from 'ical.js';
import { icalText } from './ical-text.ts';
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
 *
 * Written with ical.js (Mozilla's, which calendars and the tests also read it with): at 10,000
 * policies there are 10,000 calendars, and the `ics` package took 8 ms for each, most of it
 * validating its own input; ical.js writes one in under 1 ms.
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

interface CalendarEvent {
  date: string;
  uid: string;
  title: string;
  description: string;
  url: string;
  category: 'review' | 'proposal';
}

export function calendar({ name, policies, proposals, lang, site, today }: CalendarInput): string {
  const t = useTranslations(lang);
  const urls = urlsFor(lang);
  const host = site?.hostname ?? 'common-ground';
  const events: CalendarEvent[] = [];
  const seen = new Set<string>();
  for (const policy of policies) {
    if (!isReviewed(policy) || seen.has(policy.slug)) continue;
    seen.add(policy.slug);
    events.push({
      date: policy.reviewBy,
      uid: `review-${policy.slug}-${lang}@${host}`,
      title: t('calendar.review', { title: policy.title }),
      description: t('calendar.review.description', { title: policy.title, version: policy.version }),
      url: absoluteUrl(urls.policy(policy.slug), site),
      category: 'review',
    });
  }
  for (const guideline of proposals) {
    const text = textIn(guideline, lang);
    const { version, published } = guideline.original.versions[0]!;
    events.push({
      date: published,
      uid: `proposal-${guideline.original.slug}-${version.replace('.', '-')}-${lang}@${host}`,
      title: t('calendar.proposal', { title: text.title, version }),
      description: t('calendar.proposal.description', {
        title: text.title,
        version,
        date: formatDate(published, lang),
      }),
      url: absoluteUrl(urls.councilPackage(text.slug), site),
      category: 'proposal',
    });
  }
  // By day, then by UID: the same calendar for the same registry.
  events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
  const vcalendar = new ICAL.Component('vcalendar');
  for (const [property, value] of [
    ['version', '2.0'],
    ['calscale', 'GREGORIAN'],
    ['prodid', 'common-ground/registry'],
    ['method', 'PUBLISH'],
    ['x-published-ttl', 'PT1H'],
  ])
    vcalendar.addPropertyWithValue(property!, value!);
  // An X- property is written raw unless typed: as text, a name's commas and line breaks are escaped.
  const calendarName = new ICAL.Property('x-wr-calname');
  calendarName.resetType('text');
  calendarName.setValue(icalText(name));
  vcalendar.addProperty(calendarName);
  // DTSTAMP is the build's day, not the clock's: a day's builds write the same file.
  const stamp = ICAL.Time.fromDateTimeString(`${today}T00:00:00Z`);
  for (const event of events) {
    const vevent = new ICAL.Component('vevent');
    vevent.addPropertyWithValue('uid', event.uid);
    vevent.addPropertyWithValue('summary', icalText(event.title));
    vevent.addPropertyWithValue('dtstamp', stamp);
    // An all-day event ends the next day (DTEND is exclusive).
    vevent.addPropertyWithValue('dtstart', ICAL.Time.fromDateString(event.date));
    vevent.addPropertyWithValue('dtend', ICAL.Time.fromDateString(addDays(event.date, 1)));
    vevent.addPropertyWithValue('description', icalText(event.description));
    vevent.addPropertyWithValue('url', event.url);
    vevent.addPropertyWithValue('categories', event.category);
    vevent.addPropertyWithValue('transp', 'TRANSPARENT');
    vcalendar.addSubcomponent(vevent);
  }
  return `${vcalendar.toString()}\r\n`;
}

export function calendarResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
