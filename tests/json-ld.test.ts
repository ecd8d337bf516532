/**
 * Each policy page describes itself in schema.org JSON-LD: parsed back from the built
 * fixture pages, with the types and fields harvesters read, and translations linked to
 * their originals both ways.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { scriptJson } from '../src/lib/script-json.ts';
import { readPage } from './support/html.ts';

const dist = inject('fixtureDist');
const site = 'https://common-ground.example.ca';
/** The fixture's published policies: a folder each under /policies/. */
const slugs = readdirSync(join(dist, 'policies'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

type Node = Record<string, unknown> & { '@id': string; '@type': string };

function jsonLd(path: string): Node {
  const scripts = readPage(dist, path).querySelectorAll('script[type="application/ld+json"]');
  expect(scripts, path).toHaveLength(1);
  return JSON.parse(scripts[0]!.rawText) as Node;
}

describe('JSON-LD on policy pages', () => {
  it('describes an original: type, version, dates, language, licence, publisher, translations', () => {
    const node = jsonLd('/policies/open-data-standard/');
    expect(node).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      '@id': `${site}/policies/open-data-standard/`,
      url: `${site}/policies/open-data-standard/`,
      name: 'Fixture Open Data Standard',
      inLanguage: 'en',
      version: '1.0',
      datePublished: '2025-09-01',
      legislationType: 'standard',
      license: 'https://spdx.org/licenses/CC0-1.0.html',
      publisher: {
        '@type': 'GovernmentOrganization',
        '@id': `${site}/regions/durham/`,
        name: 'Durham Region',
      },
      workTranslation: [{ '@id': `${site}/fr/policies/norme-donnees-ouvertes/`, inLanguage: 'fr' }],
    });
    expect(node.identifier).toMatchObject({ '@type': 'PropertyValue', propertyID: 'sha256' });
    expect((node.identifier as { value: string }).value).toMatch(/^[0-9a-f]{64}$/);
    expect(node).not.toHaveProperty('isBasedOn');
  });

  it('says a translation is based on its original, in the words of the text, on both sites', () => {
    const node = jsonLd('/fr/policies/norme-donnees-ouvertes/');
    expect(node).toMatchObject({
      '@id': `${site}/fr/policies/norme-donnees-ouvertes/`,
      inLanguage: 'fr',
      name: 'Norme de données ouvertes du jeu d’essai',
      isBasedOn: { '@id': `${site}/policies/open-data-standard/` },
      translationOfWork: { '@id': `${site}/policies/open-data-standard/` },
      publisher: { name: 'Région de Durham' },
    });
    // The English site's page of the French text describes the same node.
    expect(jsonLd('/policies/norme-donnees-ouvertes/')).toEqual(node);
  });

  it('makes a template a CreativeWork, and a municipality’s own policy its publisher', () => {
    const template = jsonLd('/fr/policies/modele-evaluation/');
    expect(template['@type']).toBe('CreativeWork');
    expect(template).not.toHaveProperty('legislationType');
    expect(jsonLd('/policies/oshawa-cctv/').publisher).toMatchObject({
      '@type': 'GovernmentOrganization',
      '@id': `${site}/municipalities/oshawa/`,
    });
  });

  it('says a local adaptation is based on the regional version it adapts, published by its council', () => {
    const node = jsonLd('/policies/whitby-data-principles/');
    expect(node.isBasedOn).toEqual({
      '@type': 'Legislation',
      '@id': `${site}/policies/data-principles/v/1.1/`,
      name: 'Fixture Data Principles',
      version: '1.1',
      exampleOfWork: { '@id': `${site}/policies/data-principles/` },
    });
    expect(node).not.toHaveProperty('translationOfWork');
    expect(node.publisher).toMatchObject({
      '@type': 'GovernmentOrganization',
      '@id': `${site}/municipalities/whitby/`,
      name: 'Whitby',
    });
    // The French site's page describes the same node, in its text's language.
    expect(jsonLd('/fr/policies/whitby-data-principles/')).toEqual(node);
    // The regional text is based on nothing.
    expect(jsonLd('/policies/data-principles/')).not.toHaveProperty('isBasedOn');
  });

  it('is sane JSON-LD on every policy page: one node, absolute ids, ISO dates, no markup', () => {
    expect(slugs.length).toBeGreaterThan(5);
    for (const slug of slugs) {
      for (const path of [`/policies/${slug}/`, `/fr/policies/${slug}/`]) {
        const node = jsonLd(path);
        expect(['Legislation', 'CreativeWork'], path).toContain(node['@type']);
        expect(node['@id'], path).toMatch(
          /^https:\/\/common-ground\.example\.ca\/(fr\/)?policies\/[a-z0-9-]+\/$/,
        );
        expect(node.datePublished, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(node.version, path).toMatch(/^\d+\.\d+$/);
        expect(['en', 'fr'], path).toContain(node.inLanguage);
        for (const link of ['isBasedOn', 'translationOfWork'] as const)
          for (const target of [node[link] ?? []].flat() as Node[])
            expect(target['@id'], path).toMatch(/^https:\/\//);
      }
    }
  });

  it('cannot be closed early by a title: a `<` is written \\u003c, and means the same', () => {
    const data = { name: 'A </script><script>alert(1)</script> title' };
    const written = scriptJson(data);
    expect(written).not.toContain('<');
    expect(JSON.parse(written)).toEqual(data);
    for (const slug of slugs)
      expect(
        readPage(dist, `/policies/${slug}/`).querySelector('script[type="application/ld+json"]')!.rawText,
      ).not.toContain('</');
  });
});
