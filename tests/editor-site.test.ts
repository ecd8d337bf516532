/**
 * The editor as the built site carries it: /admin/ and /fr/admin/, Decap bundled with the
 * site (nothing from another origin), a Content-Security-Policy of its own, and no part of
 * the registry's pages: not in the search index, the sitemap or the address manifest. Its
 * form comes from the schemas: a field added to a schema is in it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { editorConfig } from '../src/admin/config.ts';
import { editorCollectionsFr, editorFieldsFr } from '../src/i18n/editor-fr.ts';
import { decapFields } from '../src/admin/fields.ts';
import { builtAddresses, readManifest } from '../src/integration/addresses.ts';
import { municipalitySchema, decisionSchema, policySchema } from '../src/schemas/index.ts';
import { launchBrowser } from './support/chromium.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const dist = inject('fixtureDist');

type Field = { name: string; widget: string; hint?: string; options?: unknown[]; collection?: string };
type Collection = { name: string; fields: Field[]; folder: string; path?: string };

describe('the built editor', () => {
  it('is at /admin/ in English and /fr/admin/ in French, with its script from the site itself', () => {
    for (const [path, locale] of [
      ['admin', 'en'],
      ['fr/admin', 'fr'],
    ] as const) {
      const html = parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
      expect(html.querySelector('html')!.getAttribute('lang')).toBe(locale);
      const scripts = html.querySelectorAll('script');
      expect(scripts.map((script) => script.getAttribute('src'))).toEqual(['/admin/cms.js']);
      expect(html.querySelector('link[rel="cms-config-url"]')!.getAttribute('href')).toBe(
        `/${path}/config.yml`,
      );
      expect(html.querySelectorAll('[data-pagefind-body]')).toHaveLength(0);
      expect(html.querySelector('meta[name="robots"]')!.getAttribute('content')).toContain('noindex');
      const config = parseYaml(readFileSync(join(dist, path, 'config.yml'), 'utf8')) as { locale: string };
      expect(config.locale).toBe(locale);
    }
    expect(existsSync(join(dist, 'admin/cms.js'))).toBe(true);
    // The municipality lookup's data: every census subdivision of the gazetteer.
    const gazetteer = JSON.parse(readFileSync(join(dist, 'admin/gazetteer.json'), 'utf8')) as {
      prefix: string;
      subdivisions: string[][];
    };
    expect(gazetteer.subdivisions).toHaveLength(5162);
    expect(gazetteer.subdivisions).toContainEqual(['3518039', 'Brock', '', 'TP', 'Durham']);
    // Decap's own chunks, loaded on demand from beside the script.
    expect(
      readdirSync(join(dist, 'admin')).filter((f) => f.endsWith('.decap-cms-app.js')).length,
    ).toBeGreaterThan(10);
  });

  it('has its own Content-Security-Policy: scripts only from the site, connections only to GitHub and the local proxy', () => {
    const html = parse(readFileSync(join(dist, 'admin/index.html'), 'utf8'));
    const metas = html.querySelectorAll('meta[http-equiv="content-security-policy"]');
    expect(metas).toHaveLength(1);
    const policy = new Map(
      metas[0]!
        .getAttribute('content')!
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...sources]) => [name!, sources]),
    );
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'", 'http://127.0.0.1:8081', 'https://api.github.com']);
  });

  it('is in neither the search index, the sitemap nor the address manifest', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).not.toContain('/admin/');
    expect([...builtAddresses(dist)].filter((a) => a.includes('admin'))).toEqual([]);
    expect([...readManifest('tests/fixtures/registry')!].filter((a) => a.includes('admin'))).toEqual([]);
  });
});

describe('in a browser that enforces its policy', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(dist)]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(['admin/', 'fr/admin/'])(
    '/%s starts, breaks no rule of it and asks no other origin',
    async (path) => {
      const page = await browser.newPage();
      const violations: string[] = [];
      const elsewhere: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(server.url) && !request.url().startsWith('http://127.0.0.1:8081/'))
          elsewhere.push(request.url());
      });
      page.on('console', (message) => {
        if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
      });
      page.on('pageerror', (error) => violations.push(error.message));
      await page.goto(server.url + path);
      // No decap-server here: Decap falls back to GitHub and offers its login.
      await page
        .getByRole('button', { name: path.startsWith('fr') ? /GitHub/ : /Login with GitHub/ })
        .waitFor();
      expect(violations).toEqual([]);
      expect(elsewhere).toEqual([]);
      await page.close();
    },
  );
});

describe('the form, generated from the schemas', () => {
  const config = editorConfig({
    repo: 'example/registry',
    branch: 'main',
    contentFolder: 'content',
    locale: 'en',
    policies: [{ slug: 'data-principles', title: 'Fixture Data Principles' }],
  }) as { collections: Collection[] };
  const collection = (name: string) => config.collections.find((c) => c.name === name)!;
  const fieldOf = (name: string, field: string) => collection(name).fields.find((f) => f.name === field)!;

  it('has every field of each schema, with its description as the hint', () => {
    for (const [name, schema] of [
      ['decisions', decisionSchema],
      ['municipalities', municipalitySchema],
    ] as const) {
      expect(
        collection(name)
          .fields.map((f) => f.name)
          .sort(),
      ).toEqual(Object.keys(schema.shape).sort());
    }
    expect(fieldOf('decisions', 'date').hint).toBe(decisionSchema.shape.date.description);
  });

  it('shows a field added to a schema, enums as selects and references as searchable relations', () => {
    const extended = policySchema.extend({
      councilContact: z.string().optional().describe('Who at the council answers questions.'),
    });
    const fields = decapFields(extended, { policyWidget: () => ({ widget: 'select' }) });
    expect(fields.find((f) => f.name === 'councilContact')).toMatchObject({
      widget: 'string',
      hint: 'Who at the council answers questions.',
      required: false,
    });
    expect(fields.find((f) => f.name === 'kind')).toMatchObject({ widget: 'select' });
    expect(fieldOf('decisions', 'municipality')).toMatchObject({
      widget: 'relation',
      collection: 'municipalities',
      search_fields: ['name'],
    });
    expect(fieldOf('decisions', 'policy')).toMatchObject({
      widget: 'select',
      options: [{ label: 'Fixture Data Principles (data-principles)', value: 'data-principles' }],
    });
    expect(fieldOf('decisions', 'textHash').widget).toBe('text-hash');
  });

  it('offers “Revise a guideline”: the same files, the fields a new version has, no new policy', () => {
    expect(collection('revisions')).toMatchObject({
      folder: 'content/policies',
      path: '{{slug}}/index',
      create: false,
      delete: false,
    });
    expect(collection('revisions').fields.map((f) => f.name)).toEqual([
      'title',
      'version',
      'published',
      'changes',
      'body',
    ]);
    // The registry's backend, which freezes the signed text in the same commit.
    expect((config as unknown as { backend: { name: string } }).backend.name).toBe('common-ground-github');
  });

  it('looks a municipality up in the gazetteer by name, first', () => {
    expect(collection('municipalities').fields.map((f) => [f.name, f.widget])).toEqual([
      ['ocdId', 'gazetteer'],
      ['name', 'string'],
      ['name_fr', 'string'],
      ['website', 'string'],
    ]);
  });

  it('is wholly French in French: every collection and field, each with its own French hint', () => {
    const french = editorConfig({
      repo: 'example/registry',
      branch: 'main',
      contentFolder: 'content',
      locale: 'fr',
      policies: [],
    }) as { collections: (Collection & { label: string })[] };
    type Nested = Field & { label: string; fields?: Nested[] };
    const pairs = (english: Nested[], fr: Nested[], prefix: string): [string, Nested, Nested][] =>
      english.flatMap((field, i) => [
        [`${prefix}.${field.name}`, field, fr[i]!] as [string, Nested, Nested],
        ...pairs(field.fields ?? [], fr[i]!.fields ?? [], `${prefix}.${field.name}`),
      ]);
    const all = config.collections.flatMap((c, i) =>
      pairs(c.fields as Nested[], french.collections[i]!.fields as Nested[], c.name),
    );
    expect(all.length).toBeGreaterThan(50);
    for (const [key, en, fr] of all) {
      expect(fr.name, key).toBe(en.name);
      expect(fr.hint, key).toBe(editorFieldsFr[key]!.hint);
      expect(fr.hint, key).not.toBe(en.hint);
      expect(fr.label, key).toBe(editorFieldsFr[key]!.label);
    }
    // No line of the dictionary for a field that is not in the form.
    expect(Object.keys(editorFieldsFr).sort()).toEqual(all.map(([key]) => key).sort());
    expect(french.collections.map((c) => c.label)).toEqual(
      config.collections.map((c) => editorCollectionsFr[c.name]!.label),
    );
  });

  it('writes a decision to its own file in the policy’s folder', () => {
    expect(collection('decisions')).toMatchObject({
      folder: 'content/policies',
      path: '{{policy}}/decisions/{{slug}}',
    });
    // Neither a decision nor a policy is deleted from the form: both are on record.
    expect(collection('decisions')).toMatchObject({ delete: false });
    expect(collection('policies')).toMatchObject({ delete: false });
  });
});
