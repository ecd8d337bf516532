/**
 * Review cycles on the fixture registry, judged on FIXTURE_TODAY (2027-04-01): cyber-standard's
 * review (2027-01-15) is overdue, data-principles' (2027-06-01) falls due within 90 days,
 * open-data-standard's (2028-09-01) is further off. The pages, the calendars (parsed back
 * with ical.js), the Atom feeds and the content check's warnings all say so.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { checkContent, formatProblem } from '../src/check/index.ts';
import { loadGazetteer } from '../src/registry/gazetteer/gazetteer-files.ts';
import { addDays, reviewDate } from '../src/lib/review-date.ts';
import { FIXTURE_TODAY, outputRoot, projectRoot } from './support/build.ts';
import { copyWithEdits } from './support/fixture-copy.ts';
import { readPage, sectionOf, text } from './support/html.ts';

const dist = inject('fixtureDist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const fixture = resolve(projectRoot, 'tests/fixtures/registry');

/** The slugs each list of a review section shows, by `data-review`. */
function listed(path: string): Record<string, string[]> {
  const page = readPage(dist, path);
  return Object.fromEntries(
    page
      .querySelectorAll('section[data-review]')
      .map((section) => [
        section.getAttribute('data-review'),
        section.querySelectorAll('li[data-policy]').map((li) => li.getAttribute('data-policy')),
      ]),
  );
}

describe('the Due for review page', () => {
  it('lists the overdue and the upcoming reviews, as of the build’s day', () => {
    expect(listed('/review/')).toEqual({ overdue: ['cyber-standard'], upcoming: ['data-principles'] });
    const page = readPage(dist, '/review/');
    expect(text(page.querySelector('h1'))).toBe('Due for review');
    expect(text(page.querySelector('.lead'))).toContain('as of April 1, 2027');
    expect(text(page.querySelector('li[data-policy="cyber-standard"]'))).toBe(
      'Fixture Cybersecurity Standard Adopted (Shoreline Coalition; Version 1.0; review due January 15, 2027)',
    );
  });

  it('has its French twin, and a link from every page’s footer', () => {
    expect(listed('/fr/review/')).toEqual({ overdue: ['cyber-standard'], upcoming: ['data-principles'] });
    const page = readPage(dist, '/fr/review/');
    expect(text(page.querySelector('h1'))).toBe('À réviser');
    expect(text(page.querySelector('.lead'))).toContain('au 1 avril 2027');
    // The English title of a text that has no French one says it is in English.
    expect(page.querySelector('li[data-policy="cyber-standard"] a')!.getAttribute('lang')).toBe('en');
    expect(
      readPage(dist, '/policies/')
        .querySelectorAll('footer a')
        .map((a) => a.getAttribute('href')),
    ).toContain('/review/');
  });
});

describe('the review section', () => {
  it('of a region lists its own texts, with its calendar', () => {
    expect(listed('/regions/shoreline/')).toEqual({ overdue: ['cyber-standard'], upcoming: [] });
    expect(listed('/regions/durham/')).toEqual({ overdue: [], upcoming: ['data-principles'] });
    const section = sectionOf(readPage(dist, '/regions/durham/'), 'review-heading');
    expect(text(section.querySelector('[data-review=overdue] p'))).toBe('No review is overdue.');
    expect(section.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining(['/regions/durham/calendar.ics', '/review/']),
    );
  });

  it('of a municipality lists the texts it stands behind, in any region', () => {
    // Ajax adopted the Shoreline standard and signed the Durham principles.
    expect(listed('/municipalities/ajax/')).toEqual({
      overdue: ['cyber-standard'],
      upcoming: ['data-principles'],
    });
    // Brock signed only the open data standard, whose review is years off.
    expect(listed('/fr/municipalities/brock/')).toEqual({ overdue: [], upcoming: [] });
    expect(
      readPage(dist, '/fr/municipalities/brock/')
        .querySelectorAll('#review-heading ~ p a')
        .map((a) => a.getAttribute('href')),
    ).toContain('/fr/municipalities/brock/calendar.ics');
  });
});

interface CalendarEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
  url: string;
  categories: string[];
}

function calendar(path: string): { name: string; events: CalendarEvent[] } {
  const component = new ICAL.Component(ICAL.parse(read(path)));
  return {
    name: String(component.getFirstPropertyValue('x-wr-calname')),
    events: component.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        summary: event.summary,
        start: event.startDate.toString(),
        end: event.endDate.toString(),
        url: String(vevent.getFirstPropertyValue('url')),
        categories: vevent.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
      };
    }),
  };
}

describe('the calendars', () => {
  it('of a region hold its review dates and its proposals open for signing, as all-day events', () => {
    const { name, events } = calendar('regions/durham/calendar.ics');
    expect(name).toBe('Common Ground: Durham Region');
    expect(events).toEqual([
      {
        uid: 'proposal-open-data-standard-1-0-en@common-ground.example.ca',
        summary: 'Open for signing: Fixture Open Data Standard 1.0',
        start: '2025-09-01',
        end: '2025-09-02',
        url: 'https://common-ground.example.ca/policies/open-data-standard/council-package/',
        categories: ['proposal'],
      },
      {
        uid: 'review-data-principles-en@common-ground.example.ca',
        summary: 'Review due: Fixture Data Principles',
        start: '2027-06-01',
        end: '2027-06-02',
        url: 'https://common-ground.example.ca/policies/data-principles/',
        categories: ['review'],
      },
      {
        uid: 'review-open-data-standard-en@common-ground.example.ca',
        summary: 'Review due: Fixture Open Data Standard',
        start: '2028-09-01',
        end: '2028-09-02',
        url: 'https://common-ground.example.ca/policies/open-data-standard/',
        categories: ['review'],
      },
    ]);
    // A withdrawn guideline is not reviewed, and a draft is not published.
    expect(read('regions/durham/calendar.ics')).not.toMatch(/skills-guideline|secret-draft/);
  });

  it('are written in the page’s language, with UIDs of their own made from identifiers alone', () => {
    const { name, events } = calendar('fr/regions/durham/calendar.ics');
    expect(name).toBe('Common Ground : Région de Durham');
    expect(events.map((event) => event.uid)).toEqual([
      'proposal-open-data-standard-1-0-fr@common-ground.example.ca',
      'review-data-principles-fr@common-ground.example.ca',
      'review-open-data-standard-fr@common-ground.example.ca',
    ]);
    // The proposal under its French title, with the French council package.
    expect(events[0]).toMatchObject({
      summary: 'À signer : Norme de données ouvertes du jeu d’essai 1.0',
      url: 'https://common-ground.example.ca/fr/policies/norme-donnees-ouvertes/council-package/',
    });
    expect(read('fr/regions/durham/calendar.ics')).toContain('DTSTAMP:20270401T000000Z');
  });

  it('of a municipality hold the reviews of what it stands behind and what it is still asked to sign', () => {
    const ajax = calendar('municipalities/ajax/calendar.ics').events.map((event) => event.uid);
    expect(ajax).toEqual([
      'proposal-open-data-standard-1-0-en@common-ground.example.ca',
      'review-cyber-standard-en@common-ground.example.ca',
      'review-data-principles-en@common-ground.example.ca',
    ]);
    // Brock has signed the proposal: only its review is left.
    expect(calendar('municipalities/brock/calendar.ics').events.map((event) => event.uid)).toEqual([
      'review-open-data-standard-en@common-ground.example.ca',
    ]);
    // A calendar with nothing in it is still a calendar.
    const trois = calendar('municipalities/trois-rivieres/calendar.ics');
    expect(trois.name).toBe('Common Ground: Trois-Rivières');
  });
});

describe('the Atom feeds', () => {
  const xml = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'entry' || name === 'link',
  });
  type Entry = { id: string; title: string; updated: string; summary: string; link: { '@_href': string }[] };
  const entries = (path: string) => xml.parse(read(path)).feed.entry as Entry[];

  it('announce a review that fell overdue, the day after it was due', () => {
    const overdue = entries('feed.xml').find((entry) => entry.title.startsWith('Review overdue'));
    expect(overdue).toMatchObject({
      id: 'https://common-ground.example.ca/policies/cyber-standard/#review-2027-01-15',
      title: 'Review overdue: Fixture Cybersecurity Standard (due January 15, 2027)',
      updated: '2027-01-16T00:00:00Z',
    });
    expect(overdue!.link[0]!['@_href']).toBe('https://common-ground.example.ca/policies/cyber-standard/');
    const french = entries('fr/feed.xml').find((entry) => entry.title.startsWith('Révision en retard'));
    expect(french!.title).toBe(
      'Révision en retard : Fixture Cybersecurity Standard (prévue le 15 janvier 2027)',
    );
  });

  it('of its region and of the councils behind the text, not of the others', () => {
    const titles = (path: string) => entries(path).map((entry) => entry.title);
    const announced = 'Review overdue: Fixture Cybersecurity Standard (due January 15, 2027)';
    expect(titles('regions/shoreline/feed.xml')).toContain(announced);
    expect(titles('municipalities/ajax/feed.xml')).toContain(announced);
    expect(titles('regions/durham/feed.xml')).not.toContain(announced);
    expect(titles('municipalities/brock/feed.xml')).not.toContain(announced);
    // An upcoming review is not news yet.
    expect(titles('feed.xml').filter((title) => title.startsWith('Review overdue'))).toHaveLength(1);
  });
});

describe('npm run check', () => {
  const lines = (dir: string, today: string) =>
    checkContent(dir, loadGazetteer(), { today }).problems.map(formatProblem);

  it('warns of an overdue review, and of nothing else in the valid fixture', () => {
    const found = lines(fixture, FIXTURE_TODAY);
    expect(found).toEqual([
      expect.stringMatching(
        /policies\/cyber-standard\/index\.mdx:\d+:\d+: warning: reviewBy: the review due on 2027-01-15 is overdue: review the text, then publish a new version or set the next reviewBy date$/,
      ),
    ]);
    // The day it is due is not overdue yet.
    expect(lines(fixture, '2027-01-15')).toEqual([]);
  });

  it('warns of a proposal that has waited a year without a council decision, once for its languages', () => {
    const openData = 'policies/open-data-standard/index.mdx';
    const dir = copyWithEdits(fixture, join(outputRoot, 'review-cycles', 'stalled-proposal'), [
      // Brock's and Whitby's signatures (on the original and on the translation) are removed.
      {
        file: openData,
        replace: [
          readFileSync(join(fixture, openData), 'utf8').match(/endorsements:\n[\s\S]*?\n---/)![0],
          'endorsements: []\n---',
        ],
      },
      {
        file: 'policies/norme-donnees-ouvertes/index.mdx',
        replace: [
          readFileSync(join(fixture, 'policies/norme-donnees-ouvertes/index.mdx'), 'utf8').match(
            /endorsements:\n[\s\S]*?\n---/,
          )![0],
          'endorsements: []\n---',
        ],
      },
    ]);
    const stalled = (today: string) => lines(dir, today).filter((line) => line.includes('proposed since'));
    expect(stalled('2026-09-01')).toEqual([
      expect.stringMatching(
        /policies\/open-data-standard\/index\.mdx:\d+:\d+: warning: status: version 1\.0 has been proposed since 2025-09-01, over a year, and no council has decided on it: follow it up with the members, or withdraw it$/,
      ),
    ]);
    // A day short of a year, it is not asked about; nor is it while a council has decided on it.
    expect(stalled('2026-08-31')).toEqual([]);
    expect(lines(fixture, '2026-09-01').filter((line) => line.includes('proposed since'))).toEqual([]);
    // Warnings, not errors: the build goes on.
    expect(checkContent(dir, loadGazetteer(), { today: '2026-09-01' }).errors).toEqual([]);
  });
});

describe('the review date', () => {
  it('is COMMON_GROUND_TODAY when set, else today, and refuses a date it cannot read', () => {
    expect(reviewDate({ COMMON_GROUND_TODAY: '2027-04-01' })).toBe('2027-04-01');
    expect(reviewDate({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(() => reviewDate({ COMMON_GROUND_TODAY: '1 April 2027' })).toThrow(/YYYY-MM-DD/);
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});

describe('the sample registry', () => {
  const sample = inject('sampleDist');

  it('shows an overdue review, judged on the day it is built', () => {
    const overdue = readPage(sample, '/review/')
      .querySelectorAll('[data-review=overdue] li[data-policy]')
      .map((li) => li.getAttribute('data-policy'));
    // Due on 2026-11-30: overdue on every build from December 2026 on.
    expect(overdue).toContain('cybersecurite-municipale-mauricie');
    const calendar = new ICAL.Component(
      ICAL.parse(readFileSync(join(sample, 'fr/regions/mauricie-centre-du-quebec/calendar.ics'), 'utf8')),
    );
    expect(
      calendar.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('uid')),
    ).toContain('review-cybersecurite-municipale-mauricie-fr@common-ground.example.ca');
  });
});
