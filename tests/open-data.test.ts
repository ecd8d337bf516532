/**
 * Open data, feeds and page metadata of the fixture registry, read with real parsers and
 * checked against the fixture: ids, URLs that resolve to built pages, counts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { readPage, text } from './support/html.ts';

const dist = inject('fixtureDist');
const SITE = 'https://common-ground.example.ca/';
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as Record<string, unknown>[];
const csv = (path: string) => parseCsv(read(path), { columns: true }) as Record<string, string>[];
const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['entry', 'url', 'link'].includes(name),
});

/** A URL of the site resolves when its page exists and, for an anchor, the page has that id. */
function resolves(url: string): boolean {
  if (!url.startsWith(SITE)) return false;
  const [path, anchor] = url.slice(SITE.length - 1).split('#') as [string, string | undefined];
  const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  if (!existsSync(file)) return false;
  return !anchor || readPage(dist, path).querySelector(`#${anchor}`) !== null;
}

describe('open data', () => {
  const expectedCounts = {
    // Every text: the French translation of the open-data standard is a row of its own, and
    // so is Whitby's own text, its adaptation of the data principles.
    policies: 9,
    versions: 10,
    endorsements: 13,
    municipalities: 6,
    regions: 2,
    topics: 3,
  };

  it.each(Object.entries(expectedCounts))(
    '%s: JSON and CSV hold the same rows, each with its id and a URL that resolves',
    (name, count) => {
      const records = json(`data/${name}.json`);
      const rows = csv(`data/${name}.csv`);
      expect(records).toHaveLength(count);
      expect(rows).toHaveLength(count);
      expect(rows.map((row) => row.id)).toEqual(records.map((record) => record.id));
      expect(new Set(records.map((record) => record.id)).size).toBe(count);
      for (const record of records) expect(resolves(record.url as string), String(record.url)).toBe(true);
    },
  );

  it('leaves drafts out', () => {
    expect(json('data/policies.json').map((p) => p.id)).not.toContain('secret-draft');
    expect(read('data/registry.json')).not.toContain('secret-draft');
  });

  it('gives municipalities their OCD ids, province and census division', () => {
    const pickering = json('data/municipalities.json').find((m) => m.id === 'pickering')!;
    expect(pickering).toMatchObject({
      ocdId: 'ocd-division/country:ca/csd:3518001',
      province: 'ocd-division/country:ca/province:on',
      censusDivision: 'ocd-division/country:ca/cd:3518',
      regions: ['durham', 'shoreline'],
      endorsements: 2,
    });
  });

  it('gives endorsements their policy, version, municipality, action, date, instrument, source and hash', () => {
    const endorsements = json('data/endorsements.json');
    const pickering = endorsements.find((e) => e.id === 'data-principles/pickering/co-signed/1.0')!;
    expect(pickering).toMatchObject({
      policy: 'data-principles',
      version: '1.0',
      municipality: 'pickering',
      action: 'co-signed',
      date: '2024-03-01',
      body: 'General Government Committee',
      instrument: 'DEMO-F-02',
      sourceUrl: 'https://example.org/minutes/demo-f-02',
      textHashRecorded: false,
      current: false,
      standing: true,
    });
    // Without a recorded hash, the computed one of the signed version is carried.
    const version10 = json('data/versions.json').find((v) => v.id === 'data-principles@1.0')!;
    expect(pickering.textHash).toBe(version10.textHash);
    const whitby = endorsements.find((e) => e.id === 'data-principles/whitby/adapted/1.1')!;
    expect(whitby).toMatchObject({
      textHashRecorded: true,
      textHash: 'sha256:ecdc14b8e31fc6d9919833d1d457729b3eeface62d201cad86f79fc3427d01c5',
    });
    // CSV lists are joined with semicolons.
    expect(csv('data/policies.csv').find((p) => p.id === 'data-principles')!.topics).toBe(
      'privacy;open-data',
    );
  });

  it('combines everything in registry.json, with the data licence', () => {
    const registry = JSON.parse(read('data/registry.json'));
    expect(registry.license).toBe('CC0-1.0');
    for (const [name, count] of Object.entries(expectedCounts)) expect(registry[name]).toHaveLength(count);
  });

  it('documents every field on the /data/ page', () => {
    const page = readPage(dist, '/data/');
    for (const name of Object.keys(expectedCounts)) {
      const fields = page.querySelectorAll(`#${name}-heading ~ .table-scroll tbody th`).map((th) => th.text);
      // Exactly the CSV's columns, and every key any JSON record has.
      expect(fields).toEqual(read(`data/${name}.csv`).split('\r\n')[0]!.split(','));
      const keys = new Set(json(`data/${name}.json`).flatMap((record) => Object.keys(record)));
      for (const key of keys) expect(fields).toContain(key);
    }
    expect(
      page.querySelectorAll('#endorsements-heading ~ .table-scroll tbody th').map((th) => th.text),
    ).toContain('textHash');
  });
});

describe('Atom feeds', () => {
  it('announce proposals, versions and endorsements, newest first, each linking to a built page', () => {
    const feed = xml.parse(read('feed.xml')).feed;
    const entries = feed.entry as {
      id: string;
      title: string;
      updated: string;
      link: { '@_href': string }[];
    }[];
    expect(feed.title).toBe('Common Ground: new proposals, versions and endorsements');
    expect(entries.map((entry) => entry.updated)).toEqual(
      [...entries.map((entry) => entry.updated)].sort().reverse(),
    );
    // The fixture is built on 2027-04-01 (FIXTURE_TODAY): a review fell overdue on 2027-01-16.
    expect(entries[0]!.title).toBe('Review overdue: Fixture Cybersecurity Standard (due January 15, 2027)');
    // A decision on the French text is announced under the guideline's English title.
    expect(entries[1]!.title).toBe('Whitby co-signed Fixture Open Data Standard 1.0');
    expect(entries[2]!.title).toBe('Brock co-signed Fixture Open Data Standard 1.0');
    expect(entries[3]!.title).toBe('Norme de données ouvertes du jeu d’essai: version 1.0 published');
    // The translation is not a second proposal.
    expect(entries[4]!.title).toBe('Proposed for co-signing: Fixture Open Data Standard');
    expect(entries.map((entry) => entry.title)).toContain('Fixture Data Principles: version 1.1 published');
    for (const entry of entries)
      expect(resolves(entry.link[0]!['@_href']), entry.link[0]!['@_href']).toBe(true);
    // 6 + 1 + 1 + 2 + 2 + 1 endorsements, 10 versions of which 1 is a proposal, 1 overdue review.
    expect(entries).toHaveLength(24);
  });

  it('exist for each region and municipality, holding only what concerns them', () => {
    const shoreline = xml.parse(read('regions/shoreline/feed.xml')).feed.entry as { title: string }[];
    expect(shoreline.map((entry) => entry.title)).toEqual([
      'Review overdue: Fixture Cybersecurity Standard (due January 15, 2027)',
      'Pickering adopted Fixture Cybersecurity Standard 1.0',
      'Ajax adopted Fixture Cybersecurity Standard 1.0',
      'Fixture Cybersecurity Standard: version 1.0 published',
      'Ajax adopted Fixture Cybersecurity Baseline 1.0',
      'Fixture Cybersecurity Baseline: version 1.0 published',
    ]);
    const brock = xml.parse(read('municipalities/brock/feed.xml')).feed.entry as { title: string }[];
    expect(brock[0]!.title).toBe('Brock co-signed Fixture Open Data Standard 1.0');
    expect(brock.map((entry) => entry.title)).not.toContain(
      'Ajax adopted Fixture Cybersecurity Standard 1.0',
    );
  });

  it('are linked from the head of the pages they accompany', () => {
    const feeds = readPage(dist, '/regions/shoreline/')
      .querySelectorAll('link[rel=alternate][type="application/atom+xml"]')
      .map((link) => link.getAttribute('href'));
    expect(feeds).toEqual(['/feed.xml', '/regions/shoreline/feed.xml']);
  });
});

describe('pages for machines and for the lost', () => {
  it('carry a canonical URL and Open Graph metadata', () => {
    const head = readPage(dist, '/policies/data-principles/').querySelector('head')!;
    expect(head.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(
      `${SITE}policies/data-principles/`,
    );
    expect(head.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe(
      'Fixture Data Principles · Common Ground',
    );
    expect(head.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe(
      `${SITE}policies/data-principles/`,
    );
  });

  it('list every page in sitemap.xml, and point robots.txt to it', () => {
    const urls = (xml.parse(read('sitemap.xml')).urlset.url as { loc: string }[]).map((url) => url.loc);
    expect(urls).toContain(`${SITE}policies/data-principles/v/1.0/`);
    expect(urls).not.toContain(`${SITE}policies/secret-draft/`);
    for (const url of urls) expect(resolves(url), url).toBe(true);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}sitemap.xml`);
  });

  it('have a useful 404 page', () => {
    const page = readPage(dist, '/404.html');
    expect(page.querySelector('main a[href="/policies/"]')).not.toBeNull();
    // One page answers for both languages.
    const french = page.querySelector('main [lang="fr"]');
    expect(text(french?.querySelector('h2'))).toBe('Page introuvable');
    expect(french?.querySelector('a[href="/fr/policies/"]')).not.toBeNull();
  });
});
