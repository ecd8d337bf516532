/**
 * Embeds for council websites (src/exports/embed/): the badges, the decisions list for an
 * iframe and the oEmbed answers, as the fixture registry's real build writes them, read as
 * the sites that embed them would: SVG and HTML parsed, JSON checked against the oEmbed
 * spec's fields for a `rich` answer.
 *
 * The fixture: Ajax is a member of Durham Region and the Shoreline Coalition, and stands
 * behind one Durham guideline (Data Principles 1.1) and two of the Coalition's; Data
 * Principles has 2 of Durham's 5 members behind its current version.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { readPage, text } from './support/html.ts';

const dist = inject('fixtureDist');
const site = 'https://common-ground.example.ca';
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
/** A badge's root element; the Nu checker validates every badge (html-validity.test.ts). */
const svg = (path: string) =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(read(path)).svg;

describe("a municipality's badge", () => {
  it('counts its standing decisions on each of its regions’ guidelines, as an accessible image', () => {
    const badge = svg('municipalities/ajax/badge.svg');
    expect(badge.role).toBe('img');
    expect(badge.title).toBe(
      'Common Ground: Co-signed 1 Durham Region guideline and 2 Shoreline Coalition guidelines',
    );
    expect(badge['aria-label']).toBe(badge.title);
    expect(badge['xml:lang']).toBe('en');
    expect(Number(badge.width)).toBeGreaterThan(100);
  });

  it('has a French twin', () => {
    const badge = svg('fr/municipalities/ajax/badge.svg');
    expect(badge.title).toBe(
      'Common Ground: A cosigné 1 ligne directrice de la Région de Durham et 2 lignes directrices de la Shoreline Coalition',
    );
    expect(badge['xml:lang']).toBe('fr');
  });

  it('is shown on the municipality page, with a link to how to embed it', () => {
    const page = readPage(dist, '/municipalities/ajax/');
    const img = page.querySelector('#embed-heading + p img')!;
    expect(img.getAttribute('src')).toBe('/municipalities/ajax/badge.svg');
    expect(img.getAttribute('alt')).toBe(svg('municipalities/ajax/badge.svg').title);
    expect(page.querySelector('a[href="/embed/"]')).not.toBeNull();
  });
});

describe("a policy's badge", () => {
  it('shows its co-signing progress in its region', () => {
    expect(svg('policies/data-principles/badge.svg').title).toBe(
      'Common Ground: 2 of 5 Durham Region members',
    );
    expect(svg('fr/policies/data-principles/badge.svg').title).toBe(
      'Common Ground: 2 sur 5 membres de la Région de Durham',
    );
  });
});

describe("a municipality's decisions list", () => {
  const html = read('municipalities/ajax/embed.html');
  const page = parse(html);

  it('lists its standing decisions with full links that leave the frame', () => {
    const items = page.querySelectorAll('li');
    expect(items.map((li) => text(li))).toEqual([
      'Fixture Data Principles: Co-signed version 1.1 on July 1, 2025 (DEMO-F-05)',
      'Fixture Cybersecurity Standard: Adopted version 1.0 on February 1, 2025 (DEMO-F-09)',
      'Fixture Cybersecurity Baseline: Adopted version 1.0 on March 1, 2023 (DEMO-F-08)',
    ]);
    const link = items[0]!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(`${site}/policies/data-principles/`);
    expect(link.getAttribute('target')).toBe('_top');
  });

  it('stands alone: no script, no file from elsewhere, its one style allowed by hash', () => {
    expect(page.querySelectorAll('script')).toHaveLength(0);
    expect(page.querySelectorAll('link[rel="stylesheet"], img, iframe')).toHaveLength(0);
    const csp = page.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
  });

  it('is in French under /fr/, linking to the French pages', () => {
    const french = parse(read('fr/municipalities/ajax/embed.html'));
    expect(french.querySelector('html')!.getAttribute('lang')).toBe('fr');
    expect(french.querySelector('li a')!.getAttribute('href')).toBe(`${site}/fr/policies/data-principles/`);
  });
});

describe('oEmbed', () => {
  const fields = [
    'version',
    'type',
    'title',
    'provider_name',
    'provider_url',
    'cache_age',
    'html',
    'width',
    'height',
  ];

  it("answers for a municipality's page with an iframe of its decisions list", () => {
    const answer = JSON.parse(read('municipalities/ajax/oembed.json'));
    expect(Object.keys(answer).sort()).toEqual([...fields].sort());
    expect(answer).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'Common Ground',
      provider_url: `${site}/`,
    });
    const iframe = parse(answer.html).querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe(`${site}/municipalities/ajax/embed.html`);
    expect(iframe.getAttribute('title')).toBe(answer.title);
    expect(iframe.getAttribute('sandbox')).toBe('allow-popups allow-top-navigation-by-user-activation');
    expect(Number(iframe.getAttribute('height'))).toBe(answer.height);
  });

  it("answers for a policy's page with its badge linked to it", () => {
    const answer = JSON.parse(read('policies/data-principles/oembed.json'));
    expect(answer.type).toBe('rich');
    const link = parse(answer.html).querySelector('a')!;
    expect(link.getAttribute('href')).toBe(`${site}/policies/data-principles/`);
    expect(link.querySelector('img')!.getAttribute('src')).toBe(`${site}/policies/data-principles/badge.svg`);
    expect(link.querySelector('img')!.getAttribute('alt')).toBe(
      'Fixture Data Principles: 2 of 5 Durham Region members',
    );
  });

  it('is announced in the head of the pages it answers for', () => {
    for (const [page, answer] of [
      ['/municipalities/ajax/', `${site}/municipalities/ajax/oembed.json`],
      ['/fr/policies/data-principles/', `${site}/fr/policies/data-principles/oembed.json`],
    ]) {
      const link = readPage(dist, page!).querySelector('link[type="application/json+oembed"]');
      expect(link?.getAttribute('rel'), page).toBe('alternate');
      expect(link?.getAttribute('href'), page).toBe(answer);
    }
  });
});

describe('the embed page', () => {
  it('tells a web team what to paste, with the real code of this registry', () => {
    const page = readPage(dist, '/embed/');
    expect(text(page.querySelector('h1'))).toBe('Embeds for council websites');
    const code = page.querySelectorAll('pre code').map((c) => text(c));
    expect(code.some((c) => c.includes('/badge.svg') && c.startsWith('<a href='))).toBe(true);
    expect(
      code.some((c) => c.startsWith('<iframe src="https://common-ground.example.ca/municipalities/')),
    ).toBe(true);
    expect(page.querySelectorAll('img[src$="/badge.svg"]').length).toBeGreaterThanOrEqual(2);
    expect(text(readPage(dist, '/fr/embed/').querySelector('h1'))).toBe(
      'Intégrations pour les sites des conseils',
    );
  });
});
