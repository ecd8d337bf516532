/** The plain helpers every page and rule relies on. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { icalText } from '../src/exports/ical-text.ts';
import { parseCsv, toCsv } from '../src/exports/csv.ts';
import { isCurrent, standingEndorsements } from '../src/lib/endorsements.ts';
import { loadGazetteer } from '../src/registry/gazetteer/gazetteer-files.ts';
import type { EndorsementAction } from '../src/schemas/index.ts';
import { compareVersions, normalizeVersion, sameVersion } from '../src/lib/versions.ts';
import { checkPagefindVersion, installedPagefind } from '../src/search/build/pagefind-version.ts';
import { AstroError } from 'astro/errors';

describe('versions', () => {
  it('are ordered numerically, not as text', () => {
    expect(['1.10', '1.9', '2.0', '1.0'].sort(compareVersions)).toEqual(['1.0', '1.9', '1.10', '2.0']);
    expect(sameVersion('1.01', '1.1')).toBe(true);
    expect(normalizeVersion('01.10')).toBe('1.10');
  });
});

describe('standing endorsements', () => {
  const e = (municipality: string, action: EndorsementAction, date: string, version = '1.0') => ({
    municipality,
    action,
    date,
    version,
  });

  it('are the latest decision of each municipality, and none once rescinded', () => {
    const standing = standingEndorsements([
      e('ajax', 'co-signed', '2024-01-01'),
      e('ajax', 'co-signed', '2025-01-01', '1.1'),
      e('oshawa', 'co-signed', '2024-01-01'),
      e('oshawa', 'rescinded', '2024-06-01'),
      e('whitby', 'rescinded', '2023-01-01'),
      e('whitby', 'adopted', '2024-01-01'),
    ]);
    expect([...standing.keys()].sort()).toEqual(['ajax', 'whitby']);
    expect(standing.get('ajax')?.version).toBe('1.1');
    expect(standing.get('whitby')?.action).toBe('adopted');
  });

  it('break a tie on the same date in favour of the line written last', () => {
    const standing = standingEndorsements([
      e('ajax', 'co-signed', '2024-01-01'),
      e('ajax', 'rescinded', '2024-01-01'),
    ]);
    expect(standing.size).toBe(0);
  });

  it('are current when they sign the current version', () => {
    expect(isCurrent({ version: '1.1' }, '1.1')).toBe(true);
    expect(isCurrent({ version: '1.0' }, '1.1')).toBe(false);
  });
});

describe('CSV', () => {
  it('round-trips quotes, commas and line breaks', () => {
    const rows = [
      { id: 'a', text: 'He said "yes", then\nleft' },
      { id: 'b', text: '' },
    ];
    expect(parseCsv(toCsv(['id', 'text'], rows))).toEqual(rows);
  });
});

describe('the gazetteer', () => {
  const gazetteer = loadGazetteer();

  it('places a lower-tier municipality in its upper tier and province', () => {
    const ajax = gazetteer.lookup('ocd-division/country:ca/csd:3518005')!;
    expect(ajax.organizationName).toBe('Town of Ajax');
    expect(ajax.censusDivision?.name).toBe('Durham');
    expect(ajax.province?.name).toBe('Ontario');
    expect(ajax.province?.name_fr).toBe('Ontario');
  });

  it('has French names for Quebec', () => {
    const troisRivieres = gazetteer.lookup('ocd-division/country:ca/csd:2437067')!;
    expect(troisRivieres.name_fr).toBe('Trois-Rivières');
    expect(troisRivieres.province?.name_fr).toBe('Québec');
  });

  it('knows every census subdivision and nothing else', () => {
    expect(gazetteer.lookup('ocd-division/country:ca/csd:3518006')).toBeUndefined();
    expect(gazetteer.isCanadian('ocd-division/country:us/state:ny')).toBe(false);
  });
});

describe('the text hash', () => {
  it('ignores line endings, trailing spaces and surrounding blank lines, not words', async () => {
    const { textHash } = await import('../src/text/text-hash.ts');
    const a = textHash('\n\n## Purpose\n\nCollect only what is needed.\n\n');
    expect(a).toBe(textHash('## Purpose  \r\n\r\nCollect only what is needed.'));
    expect(a).not.toBe(textHash('## Purpose\n\nCollect only what is necessary.'));
    expect(a).toMatch(/^sha256:[0-9a-f]{64}$/);
    // Known answer: the SHA-256 of the empty string.
    expect(textHash('\n \n')).toBe('sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('the Pagefind version', () => {
  it('is one the search was checked against', () => {
    expect(checkPagefindVersion()).toBe(installedPagefind());
  });

  it('is refused at start-up when unknown, with what to do', () => {
    expect(() => checkPagefindVersion('1.7.0')).toThrow(AstroError);
    expect(() => checkPagefindVersion('1.7.0')).toThrow(
      /Pagefind 1\.7\.0 is installed, but the search index was checked against Pagefind 1\.6 only/,
    );
  });
});

describe('iCalendar text (src/exports/ical-text.ts)', () => {
  it('leaves a hostile name no carriage return or control character to start a property with', () => {
    const hostile = 'Parks\rX-ALT-DESC;FMTTYPE=text/html:<a href=x>\r\nDTSTART:19700101\u000b';
    const event = new ICAL.Component('vevent');
    event.addPropertyWithValue('summary', icalText(hostile));
    const written = event.toString();
    expect(written).not.toMatch(/[\r\u000b](?!\n)/);
    const parsed = new ICAL.Component(ICAL.parse(written));
    expect(parsed.getAllProperties().map((p) => p.name)).toEqual(['summary']);
    expect(parsed.getFirstPropertyValue('summary')).toBe(
      'Parks\nX-ALT-DESC;FMTTYPE=text/html:<a href=x>\nDTSTART:19700101 ',
    );
  });
});
