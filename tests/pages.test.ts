/**
 * The fixture registry built with the real build: every page type shows what DESIGN.md
 * says it shows, computed from the content (tables, counts, progress, links).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readPage, sectionOf, tableRows, text } from './support/html.ts';

const dist = inject('fixtureDist');
/** A decision cell without its citation panel. */
const decision = (cell: string) => cell.split(' Cite this decision')[0];

describe('home page', () => {
  const page = readPage(dist, '/');

  it('lists the proposals open for co-signing', () => {
    const open = sectionOf(page, 'open-heading');
    expect(open.querySelectorAll('h3 a').map((a) => text(a))).toEqual(['Fixture Open Data Standard']);
  });

  it('counts published policies, municipalities, regions and endorsements', () => {
    // 7 published policies (the draft is left out); 6 + 1 + 1 + 2 + 1 + 1 endorsements on them.
    expect(text(page.querySelector('.counts'))).toBe('7 policies 6 municipalities 2 regions 12 endorsements');
  });

  it('lists the latest endorsements, newest first', () => {
    const latest = page.querySelectorAll('.latest li').map((li) => text(li));
    expect(latest[0]).toMatch(/^October 1, 2025: Brock — Fixture Open Data Standard: Co-signed 1\.0/);
    expect(latest[1]).toMatch(/^August 1, 2025: Whitby — Fixture Data Principles: Adapted 1\.1/);
  });

  it('shows the sample notice', () => {
    expect(text(page.querySelector('.sample-notice'))).toContain('invented for illustration');
  });
});

describe('policies index', () => {
  const page = readPage(dist, '/policies/');
  const rows = tableRows(page.querySelector('table.policy-table')!);

  it('lists every published policy with status, kind, topics, region, version and date', () => {
    expect(rows.map((row) => row[0])).toEqual([
      'Fixture Cybersecurity Baseline',
      'Fixture Cybersecurity Standard',
      'Fixture Data Principles',
      'Fixture Digital Skills Guideline',
      'Fixture Open Data Standard',
      'Fixture Video Surveillance Policy',
      'Modèle d’évaluation des facteurs relatifs à la vie privée',
    ]);
    expect(rows[2]).toEqual([
      'Fixture Data Principles',
      'Adopted',
      'Guideline',
      'Privacy, Open data',
      'Durham Region',
      '1.1',
      'June 1, 2025',
    ]);
  });

  it('offers filters with counts that work without JavaScript', () => {
    const status = page.querySelectorAll('fieldset')[0]!;
    expect(text(status.querySelector('legend'))).toBe('Status');
    expect(status.querySelectorAll('label').map((label) => text(label))).toEqual([
      'All',
      'Proposed (1)',
      'Adopted (3)',
      'Under review (1)',
      'Superseded (1)',
      'Withdrawn (1)',
    ]);
    const css = page
      .querySelectorAll('style')
      .map((style) => style.textContent)
      .join('\n');
    expect(css).toContain(
      '.policy-browser:has(input[name="region"][value="durham"]:checked) tr[data-policy]:not([data-region~="durham"])',
    );
    const row = page.querySelector(
      'tr[data-policy][data-topic~="open-data"][data-region="durham"][data-status="proposed"]',
    );
    expect(text(row?.querySelector('th'))).toBe('Fixture Open Data Standard');
  });
});

describe('policy page', () => {
  const page = readPage(dist, '/policies/data-principles/');

  it('shows the status, version, dates, region, topics and licence', () => {
    const facts = text(page.querySelector('dl.facts'));
    expect(facts).toBe(
      'Status Adopted Version 1.1 Published June 1, 2025 Next review June 1, 2027 Region Durham Region Topics Privacy, Open data Reuse licence CC-BY-4.0',
    );
    expect(text(page.querySelector('h1'))).toBe('Fixture Data Principles');
    expect(text(page.querySelector('.lead'))).toContain('Shared principles');
  });

  it('has an endorsement table with every decision, newest first, each at a stable anchor', () => {
    const rows = tableRows(sectionOf(page, 'endorsements-heading').querySelector('table')!);
    expect(rows.map((row) => [row[0], row[2], row[3], row[4]])).toEqual([
      ['Whitby', 'August 1, 2025', 'Council', 'DEMO-F-06'],
      ['Ajax', 'July 1, 2025', 'Council', 'DEMO-F-05'],
      ['Oshawa', 'January 10, 2025', 'Council', 'DEMO-F-04'],
      ['Pickering', 'March 1, 2024', 'General Government Committee', 'DEMO-F-02'],
      ['Oshawa', 'February 10, 2024', 'Council', 'DEMO-F-03'],
      ['Ajax', 'February 1, 2024', 'Council', 'DEMO-F-01'],
    ]);
    expect(decision(rows[0]![1]!)).toBe('Adapted 1.1 Whitby keeps records for ten years instead of seven.');
    expect(decision(rows[3]![1]!)).toBe(
      'Co-signed 1.0 — current is 1.1 (re-endorsement pending): changes since',
    );
    expect(page.querySelector('#endorsement-pickering-co-signed-1-0')).not.toBeNull();
    expect(page.querySelector('a[href="https://example.org/minutes/demo-f-02"]')).not.toBeNull();
  });

  it('shows co-signing progress against the region members, counting standing endorsements', () => {
    const progress = page.querySelector('.progress')!;
    expect(text(progress.querySelector('.summary'))).toBe(
      '2 of 5 Durham Region members have co-signed or adopted version 1.1',
    );
    // Oshawa rescinded, so it is waiting again; Pickering signed 1.0 only.
    expect(text(progress)).toContain(
      '1 more endorsed an earlier version (re-endorsement pending): Pickering.',
    );
    expect(text(progress)).toContain('Not yet signed: Oshawa, Brock.');
  });

  it('renders the text of the current version, with GFM tables', () => {
    const body = page.querySelector('.policy-text')!;
    expect(text(body.querySelector('h2'))).toBe('Text of version 1.1');
    expect(body.querySelectorAll('ol li')).toHaveLength(3);
    expect(tableRows(body.querySelector('table')!)).toEqual([
      ['Clerk', 'Keeps the data inventory'],
      ['Data steward', 'Answers for one data set'],
    ]);
  });

  it('lists related policies that share a topic', () => {
    const related = page.querySelectorAll('#related-heading + ul a').map((a) => text(a));
    expect(related).toContain('Fixture Open Data Standard');
    expect(related).toContain('Fixture Video Surveillance Policy');
    expect(related).not.toContain('Fixture Cybersecurity Standard');
  });

  it('says when a policy is superseded, and by what', () => {
    const baseline = readPage(dist, '/policies/cyber-baseline/');
    const notice = baseline.querySelector('.notice')!;
    expect(text(notice)).toBe('This policy has been superseded by Fixture Cybersecurity Standard.');
    expect(notice.querySelector('a')!.getAttribute('href')).toBe('/policies/cyber-standard/');
  });

  it('marks a French document as French', () => {
    const french = readPage(dist, '/policies/modele-evaluation/');
    expect(french.querySelector('article')!.getAttribute('lang')).toBe('fr');
  });
});

describe('municipality page', () => {
  it('lists every decision of its council, its regions and what is open for it to sign', () => {
    const page = readPage(dist, '/municipalities/pickering/');
    expect(text(page.querySelector('h1'))).toBe('City of Pickering');
    const facts = text(page.querySelector('dl.facts'));
    expect(facts).toContain('Province Ontario');
    expect(facts).toContain('Census division Durham');
    expect(facts).toContain('Regions Durham Region, Shoreline Coalition');
    expect(facts).toContain('ocd-division/country:ca/csd:3518001');
    const rows = tableRows(sectionOf(page, 'record-heading').querySelector('table')!);
    expect(rows.map((row) => [row[0], decision(row[1]!)])).toEqual([
      ['Fixture Cybersecurity Standard', 'Adopted 1.0'],
      ['Fixture Data Principles', 'Co-signed 1.0 — current is 1.1 (re-endorsement pending): changes since'],
    ]);
    expect(text(sectionOf(page, 'open-heading').querySelector('ul'))).toBe(
      'Fixture Open Data Standard (Durham Region)',
    );
  });

  it('says so when a council has recorded nothing', () => {
    const page = readPage(dist, '/municipalities/trois-rivieres/');
    expect(text(page.querySelector('dl.facts'))).toContain('Province Quebec');
    expect(text(sectionOf(page, 'open-heading'))).toContain('Nothing is waiting for its signature.');
  });

  it('lists every municipality on the index with its endorsement count', () => {
    const rows = tableRows(readPage(dist, '/municipalities/').querySelector('table')!);
    expect(rows).toContainEqual(['Ajax', 'Ontario', 'Durham Region, Shoreline Coalition', '4']);
    expect(rows).toHaveLength(6);
  });
});

describe('region page', () => {
  const page = readPage(dist, '/regions/durham/');

  it('lists members and guidelines', () => {
    expect(page.querySelectorAll('.members a').map((a) => text(a))).toEqual([
      'Ajax',
      'Pickering',
      'Whitby',
      'Oshawa',
      'Brock',
    ]);
    expect(page.querySelectorAll('#policies-heading ~ ul h3').map((h) => text(h))).toEqual([
      'Fixture Data Principles',
      'Fixture Digital Skills Guideline',
      'Fixture Open Data Standard',
    ]);
  });

  it('has a co-signing matrix of members × guidelines with each standing action and date', () => {
    const table = page.querySelector('table.matrix')!;
    expect(table.querySelectorAll('thead th[scope=col]').map((th) => text(th.querySelector('a')))).toEqual([
      'Fixture Data Principles',
      'Fixture Digital Skills Guideline',
      'Fixture Open Data Standard',
    ]);
    const rows = tableRows(table);
    expect(rows[0]).toEqual(['Ajax', 'Co-signed 1.1, July 1, 2025', 'no decision', 'no decision']);
    expect(rows[1]![1]).toContain('Co-signed 1.0, March 1, 2024 — current is 1.1 (re-endorsement pending)');
    expect(rows[3]).toEqual(['Oshawa', 'no decision', 'no decision', 'no decision']);
    expect(rows[4]![3]).toBe('Co-signed 1.0, October 1, 2025');
    expect(table.querySelectorAll('tbody th[scope=row]')).toHaveLength(5);
  });
});

describe('topic pages', () => {
  it('list the policies filed under each topic', () => {
    const page = readPage(dist, '/topics/cybersecurity/');
    expect(page.querySelectorAll('h3').map((h) => text(h))).toEqual([
      'Fixture Cybersecurity Baseline',
      'Fixture Cybersecurity Standard',
    ]);
    expect(text(readPage(dist, '/topics/').querySelector('.card-list'))).toContain('Privacy (3)');
  });
});

describe('drafts', () => {
  it('are left out of the production build entirely', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else files.push(path);
      }
    };
    walk(dist);
    expect(files.some((file) => file.includes('secret-draft'))).toBe(false);
    const leaks = files.filter(
      (file) =>
        /\.(html|js|json|xml|csv|txt)$/.test(file) &&
        readFileSync(file, 'utf8').includes('Confidentialzebra'),
    );
    expect(leaks).toEqual([]);
  });
});
