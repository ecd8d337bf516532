/**
 * One definition of a standing decision, used by every page, the exports and the feeds:
 * the fixture has a translation pair with a decision on each side (Brock on the English
 * open-data standard, Whitby on its French text), a rescission (Oshawa), a member that
 * signed 1.0 and then 1.1 (Ajax) and members still on 1.0 (Pickering).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readPage, sectionOf, tableRows, text } from './support/html.ts';

const dist = inject('fixtureDist');
const decision = (cell: string) => cell.split(' Cite this decision')[0];

describe('a translation is one guideline in two languages', () => {
  it('counts decisions on either text on both pages', () => {
    const english = readPage(dist, '/policies/open-data-standard/');
    const french = readPage(dist, '/fr/policies/norme-donnees-ouvertes/');
    expect(text(sectionOf(english, 'progress-heading'))).toContain(
      '2 of 5 Durham Region members have co-signed or adopted version 1.0 Whitby and Brock.',
    );
    expect(text(sectionOf(french, 'progress-heading'))).toMatch(/^Progression de la cosignature 2 sur 5 /);
  });

  it('lists every language’s decisions, each saying which text it was about', () => {
    for (const path of ['/policies/open-data-standard/', '/policies/norme-donnees-ouvertes/']) {
      const rows = tableRows(sectionOf(readPage(dist, path), 'endorsements-heading').querySelector('table')!);
      expect(rows.map((row) => [row[0], decision(row[1]!)])).toEqual([
        ['Whitby', 'Co-signed 1.0 on the French text Standing decision'],
        ['Brock', 'Co-signed 1.0 on the English text Standing decision'],
      ]);
    }
  });

  it('has one column in the matrix and one entry among the proposals', () => {
    const matrix = readPage(dist, '/regions/durham/').querySelector('table.matrix')!;
    const columns = matrix.querySelectorAll('thead th').map((th) => text(th));
    expect(columns.filter((title) => /Open Data|données ouvertes/.test(title))).toEqual([
      'Fixture Open Data Standard Version 1.0',
    ]);
    const frenchMatrix = readPage(dist, '/fr/regions/durham/').querySelector('table.matrix')!;
    expect(frenchMatrix.querySelectorAll('thead th').map((th) => text(th))).toContain(
      'Norme de données ouvertes du jeu d’essai Version 1.0',
    );
    const open = sectionOf(readPage(dist, '/'), 'open-heading');
    expect(open.querySelectorAll('h3 a').map((a) => text(a))).toEqual(['Fixture Open Data Standard']);
  });

  it('is announced once in the feed, by its original', () => {
    const feed = readFileSync(join(dist, 'feed.xml'), 'utf8');
    const proposals = [...feed.matchAll(/<title[^>]*>([^<]*)<\/title>/g)]
      .map((m) => m[1]!)
      .filter((title) => /propos/i.test(title) && /Open Data|données ouvertes/.test(title));
    expect(proposals).toHaveLength(1);
  });
});

describe('standing decision versus history', () => {
  const page = readPage(dist, '/policies/data-principles/');
  const rows = tableRows(sectionOf(page, 'endorsements-heading').querySelector('table')!);
  const row = (name: string, start: string) =>
    decision(rows.find((r) => r[0] === name && r[1]!.startsWith(start))![1]!);

  it('marks an older decision as followed by the later one, with no pending notice', () => {
    expect(row('Ajax', 'Co-signed 1.0')).toBe('Co-signed 1.0 Followed by Co-signed 1.1, July 1, 2025');
    expect(row('Oshawa', 'Co-signed 1.0')).toBe('Co-signed 1.0 Followed by Rescinded 1.0, January 10, 2025');
  });

  it('says re-endorsement pending only on a standing decision of an earlier version', () => {
    expect(row('Pickering', 'Co-signed 1.0')).toBe(
      'Co-signed 1.0 Re-endorsement pending: current is 1.1: changes since Standing decision',
    );
    expect(rows.filter((r) => r[1]!.includes('Re-endorsement pending')).map((r) => r[0])).toEqual([
      'Pickering',
    ]);
  });

  it('shows a rescission in the matrix and the progress', () => {
    const matrix = readPage(dist, '/regions/durham/').querySelector('table.matrix')!;
    const oshawa = tableRows(matrix).find((r) => r[0] === 'Oshawa')!;
    expect(oshawa[1]).toBe('Rescinded 1.0, January 10, 2025');
    expect(text(sectionOf(page, 'progress-heading'))).toContain('1 rescinded their signature: Oshawa.');
  });

  it('lists re-endorsements and returns after a rescission among what is open for a member', () => {
    const open = (id: string) => text(sectionOf(readPage(dist, `/municipalities/${id}/`), 'open-heading'));
    expect(open('oshawa')).toContain(
      'Fixture Data Principles (Durham Region; open again: rescinded 1.0 on January 10, 2025; council package)',
    );
    expect(open('pickering')).toContain(
      'Fixture Data Principles (Durham Region; re-endorsement pending: signed 1.0, current is 1.1; council package)',
    );
    expect(open('ajax')).not.toContain('Fixture Data Principles');
    expect(open('ajax')).toContain(
      'Fixture Open Data Standard (Durham Region; not signed yet; council package)',
    );
    expect(open('whitby')).not.toContain('Open Data');
  });

  it('counts standing signatures per version in the version history', () => {
    const history = tableRows(sectionOf(page, 'history-heading').querySelector('table')!);
    // 1.1: Ajax and Whitby; 1.0: Pickering alone (Ajax moved on, Oshawa rescinded).
    expect(history.map((r) => [r[0], r[3]])).toEqual([
      ['1.1', '2'],
      ['1.0', '1'],
    ]);
  });
});

describe('the exports say the same', () => {
  const json = (name: string) => JSON.parse(readFileSync(join(dist, `data/${name}.json`), 'utf8'));

  it('carry standing, language, guideline and what followed each decision', () => {
    const rows = json('endorsements');
    const whitby = rows.find((r: { id: string }) => r.id === 'norme-donnees-ouvertes/whitby/co-signed/1.0');
    expect(whitby).toMatchObject({
      lang: 'fr',
      guideline: 'open-data-standard',
      standing: true,
      current: true,
    });
    const ajax = rows.find((r: { id: string }) => r.id === 'data-principles/ajax/co-signed/1.0');
    expect(ajax).toMatchObject({ standing: false, followedBy: 'data-principles/ajax/co-signed/1.1' });
  });

  it('count the guideline’s standing decisions on both its texts', () => {
    const rows = json('policies');
    const counts = (id: string) => {
      const row = rows.find((r: { id: string }) => r.id === id);
      return [row.standingEndorsements, row.standingCurrent, row.standingEarlier, row.guideline];
    };
    expect(counts('open-data-standard')).toEqual([2, 2, 0, 'open-data-standard']);
    expect(counts('norme-donnees-ouvertes')).toEqual([2, 2, 0, 'open-data-standard']);
    expect(counts('data-principles')).toEqual([3, 2, 1, 'data-principles']);
  });
});
