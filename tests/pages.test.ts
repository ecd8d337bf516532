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
    // 8 published guidelines (the draft is left out, the translation is its original's; Whitby's
    // own text is one); their standing decisions: 3 + 1 + 2 + 2 + 1 + 1 (rescinded and replaced
    // decisions do not count; Whitby's adaptation is counted on the data principles).
    expect(text(page.querySelector('.counts'))).toBe(
      '8 policies 6 municipalities 2 regions 10 standing endorsements',
    );
  });

  it('lists the latest endorsements, newest first', () => {
    const latest = page.querySelectorAll('.latest li').map((li) => text(li));
    // A decision on the French text is listed under the guideline's title in the page's language.
    expect(latest[0]).toMatch(
      /^October 20, 2025: Whitby — Fixture Open Data Standard: Co-signed 1\.0 on the French text/,
    );
    expect(latest[1]).toMatch(/^October 1, 2025: Brock — Fixture Open Data Standard: Co-signed 1\.0/);
  });

  it('shows the sample notice', () => {
    expect(text(page.querySelector('.sample-notice'))).toContain('invented for illustration');
  });
});

describe('policies index', () => {
  const page = readPage(dist, '/policies/');
  const table = page.querySelector('table.policy-table')!;
  // A title cell also holds the row's facts, folded under the title on a phone.
  const rows = tableRows(table).map(([, ...cells]) => cells);
  const titles = table.querySelectorAll('tbody th > a').map((link) => text(link));

  it('lists every published policy with status, kind, topics, region, version and date', () => {
    expect(titles).toEqual([
      'Fixture Cybersecurity Baseline',
      'Fixture Cybersecurity Standard',
      'Fixture Data Principles',
      'Fixture Digital Skills Guideline',
      'Fixture Open Data Standard',
      'Fixture Video Surveillance Policy',
      'Fixture Whitby Data Principles',
      'Modèle d’évaluation des facteurs relatifs à la vie privée',
    ]);
    expect(rows[2]).toEqual([
      'Adopted',
      'Guideline',
      'Privacy, Open data',
      'Durham Region',
      '1.1',
      'June 1, 2025',
    ]);
  });

  it('folds the other columns into the title cell for a phone, in the title cell’s language', () => {
    const principles = table.querySelectorAll('tbody th')[2]!;
    expect(text(principles.querySelector('.folded'))).toBe(
      'Adopted Guideline Durham Region Version 1.1 June 1, 2025 Privacy, Open data',
    );
    // A French title is marked French; the facts around it stay in the page's language.
    const french = table.querySelectorAll('tbody th')[7]!;
    expect(french.getAttribute('lang')).toBeUndefined();
    expect(french.querySelector('a')!.getAttribute('lang')).toBe('fr');
  });

  it('offers filters with counts that work without JavaScript', () => {
    const status = page.querySelectorAll('fieldset')[0]!;
    expect(text(status.querySelector('legend'))).toBe('Status');
    expect(status.querySelectorAll('label').map((label) => text(label))).toEqual([
      'All',
      'Proposed (1)',
      'Adopted (4)',
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
    expect(text(row?.querySelector('th > a'))).toBe('Fixture Open Data Standard');
  });

  it.each([
    ['/policies/', 'All'],
    ['/fr/policies/', 'Toutes'],
  ])('puts the filters in a GET form to %s, whose fields are the address’s parameters', (path, all) => {
    const form = readPage(dist, path).querySelector('form[data-policy-filters]')!;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe(path);
    const radios = form.querySelectorAll('input[type="radio"]');
    expect([...new Set(radios.map((radio) => radio.getAttribute('name')))]).toEqual([
      'status',
      'kind',
      'topic',
      'region',
    ]);
    // "All" sends an empty value, which the address leaves out; each other value is an id.
    const topics = form.querySelectorAll('input[name="topic"]');
    expect(topics.map((radio) => radio.getAttribute('value'))).toEqual([
      '',
      'cybersecurity',
      'open-data',
      'privacy',
    ]);
    expect(text(topics[0]!.parentNode)).toBe(all);
    expect(topics[0]!.hasAttribute('checked')).toBe(true);
    // The status line the script fills is there, empty, before it runs.
    const status = readPage(dist, path).querySelector('[data-policy-shown]')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(text(status)).toBe('');
  });
});

describe('policy page', () => {
  const page = readPage(dist, '/policies/data-principles/');

  it('leads with the title, status, a summary box and the contents, then the text', () => {
    expect(text(page.querySelector('.kicker'))).toBe(
      'Adopted Guideline Version 1.1 Topics: Privacy, Open data',
    );
    expect(text(page.querySelector('h1'))).toBe('Fixture Data Principles');
    expect(text(page.querySelector('.lead'))).toContain('Shared principles');
    // Who is still to sign: a first signature (Brock), a re-endorsement (Pickering), a return (Oshawa).
    expect(text(page.querySelector('.at-a-glance dl'))).toBe(
      'Version 1.1, published June 1, 2025 · Next review June 1, 2027 ' +
        'Co-signed by 2 of 5 members (Durham Region) · still to sign: Pickering, Oshawa and Brock. Where each member stands ' +
        // How the standing decisions took it: Whitby adapted it (tests/adaptations.test.ts).
        'Taken Adopted as is: 2 · adapted: 1 · Local adaptations ' +
        'Reuse licence CC-BY-4.0',
    );
    const contents = page.querySelector('nav.on-this-page')!;
    expect(contents.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      '#text-heading',
      '#purpose',
      '#principles',
      '#roles',
      '#endorsements-heading',
      '#progress-heading',
      '#adaptations-heading',
      '#history-heading',
    ]);
    // In document order: the summary, the text, then the decisions and the history.
    const html = page.querySelector('article')!.innerHTML;
    const at = (id: string) => html.indexOf(`id="${id}"`);
    expect(at('glance-heading')).toBeLessThan(at('text-heading'));
    expect(at('text-heading')).toBeLessThan(at('endorsements-heading'));
    expect(at('endorsements-heading')).toBeLessThan(at('history-heading'));
  });

  it('keeps each decision to one compact row, with a link to its permanent citation and the standing ones marked', () => {
    const table = sectionOf(page, 'endorsements-heading').querySelector('table')!;
    expect(table.querySelectorAll('details.cite')).toHaveLength(0);
    const cite = table.querySelector('#endorsement-pickering-co-signed-1-0 .cite-link a')!;
    expect(cite.getAttribute('href')).toBe(
      '/policies/data-principles/v/1.0/#endorsement-pickering-co-signed-1-0',
    );
    const standing = tableRows(table)
      .filter((row) => row[1]!.includes('Standing decision'))
      .map((row) => row[0]);
    expect(standing).toEqual(['Whitby', 'Ajax', 'Pickering']);
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
    expect(decision(rows[0]![1]!)).toBe(
      'Adapted 1.1 Local text: Fixture Whitby Data Principles · Differences from the regional text Whitby keeps records for ten years instead of seven. Standing decision',
    );
    expect(decision(rows[3]![1]!)).toBe(
      'Co-signed 1.0 Re-endorsement pending: current is 1.1: changes since Standing decision',
    );
    expect(page.querySelector('#endorsement-pickering-co-signed-1-0')).not.toBeNull();
    expect(page.querySelector('a[href="https://example.org/minutes/demo-f-02"]')).not.toBeNull();
  });

  it('shows co-signing progress against the region members, counting standing endorsements', () => {
    const progress = page.querySelector('.progress')!;
    expect(text(progress.querySelector('.summary'))).toBe(
      '2 of 5 Durham Region members have co-signed or adopted version 1.1',
    );
    // Pickering signed 1.0 only; Oshawa rescinded; Brock has decided nothing.
    expect(text(progress)).toContain(
      '1 more endorsed an earlier version (re-endorsement pending): Pickering.',
    );
    expect(text(progress)).toContain('1 rescinded their signature: Oshawa.');
    expect(text(progress)).toContain('Not yet signed: Brock.');
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
    // Its own words are French; the page around them stays in the reader's language.
    expect(french.querySelector('h1')!.getAttribute('lang')).toBe('fr');
    expect(french.querySelector('.lead')!.getAttribute('lang')).toBe('fr');
    expect(french.querySelector('.policy-text')!.getAttribute('lang')).toBe('fr');
    expect(french.querySelector('#text-heading')!.getAttribute('lang')).toBe('en');
    expect(french.querySelector('.at-a-glance')!.hasAttribute('lang')).toBe(false);
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
      ['Fixture Cybersecurity Standard', 'Adopted 1.0 Standing decision'],
      [
        'Fixture Data Principles',
        'Co-signed 1.0 Re-endorsement pending: current is 1.1: changes since Standing decision',
      ],
    ]);
    expect(text(sectionOf(page, 'open-heading').querySelector('ul'))).toBe(
      'Fixture Data Principles (Durham Region; re-endorsement pending: signed 1.0, current is 1.1; council package) ' +
        'Fixture Open Data Standard (Durham Region; not signed yet; council package)',
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
    // The guidelines open for signing first, the withdrawn one after them (tests/co-signing-matrix.test.ts).
    expect(
      table.querySelectorAll('thead th[scope=col]').map((th) => text(th.querySelector('a') ?? th)),
    ).toEqual([
      'Member council',
      'Fixture Data Principles',
      'Fixture Open Data Standard',
      'Fixture Digital Skills Guideline',
      'Still to sign',
    ]);
    const rows = tableRows(table);
    expect(rows[0]).toEqual(['Ajax', 'Co-signed 1.1, July 1, 2025', 'no decision', 'no decision', '1']);
    expect(rows[1]![1]).toContain('Co-signed 1.0, March 1, 2024 Re-endorsement pending: current is 1.1');
    expect(rows[2]![2]).toBe('Co-signed 1.0, October 20, 2025 on the French text');
    expect(rows[3]).toEqual(['Oshawa', 'Rescinded 1.0, January 10, 2025', 'no decision', 'no decision', '2']);
    expect(rows[4]![2]).toBe('Co-signed 1.0, October 1, 2025');
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
    expect(text(readPage(dist, '/topics/').querySelector('.card-list'))).toContain('Privacy (4)');
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
