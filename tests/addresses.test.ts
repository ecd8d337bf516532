/**
 * Addresses never break: a renamed policy keeps its old addresses through redirects, a lost
 * address stops the build, and a site served from a sub-path links correctly everywhere.
 */
import { existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtAddresses, readManifest } from '../src/integration/addresses.ts';
import { buildRegistry, outputRoot, projectRoot } from './support/build.ts';
import { copyWithEdits } from './support/fixture-copy.ts';
import { readPage } from './support/html.ts';

const fixture = resolve(projectRoot, 'tests/fixtures/registry');

/** A copy of the fixture where `cyber-standard` has been renamed `cybersecurity-standard`. */
function renamedFixture(name: string, formerSlugs: boolean): string {
  const content = copyWithEdits(fixture, join(outputRoot, name, 'content'), [
    {
      file: 'policies/cyber-baseline/index.mdx',
      replace: ['supersededBy: cyber-standard', 'supersededBy: cybersecurity-standard'],
    },
    ...(formerSlugs
      ? [
          {
            file: 'policies/cyber-standard/index.mdx',
            replace: ['status: adopted', 'status: adopted\nformerSlugs: [cyber-standard]'] as [
              string,
              string,
            ],
          },
        ]
      : []),
  ]);
  renameSync(join(content, 'policies/cyber-standard'), join(content, 'policies/cybersecurity-standard'));
  return content;
}

describe('a renamed policy', () => {
  it('without formerSlugs, fails the build naming every address that would disappear', async () => {
    const result = await buildRegistry({
      content: renamedFixture('renamed-bare', false),
      name: 'renamed-bare',
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('/policies/cyber-standard/: this published address would disappear');
    expect(result.output).toContain('/fr/policies/cyber-standard/: this published address would disappear');
    expect(result.output).toContain(
      '/policies/cyber-standard/v/1.0/: this published address would disappear',
    );
    expect(result.output).toContain(
      '/policies/cyber-standard/council-package/: this published address would disappear',
    );
    // Files too: the version's Word document, the badge.
    expect(result.output).toContain(
      '/policies/cyber-standard/v/1.0/cyber-standard-1.0.docx: this published address would disappear',
    );
    expect(result.output).toContain(
      '/fr/policies/cyber-standard/badge.svg: this published address would disappear',
    );
    expect(result.output).toMatch(
      /13 published addresses would disappear: nothing was published\. .*formerSlugs/,
    );
    expect(existsSync(result.outDir)).toBe(false);
  });

  it('with formerSlugs, redirects every old address to the new one, on any host', async () => {
    const result = await buildRegistry({ content: renamedFixture('renamed', true), name: 'renamed' });
    expect(result.code, result.output).toBe(0);
    const moves: [string, string][] = [
      ['/policies/cyber-standard/', '/policies/cybersecurity-standard/'],
      ['/policies/cyber-standard/v/1.0/', '/policies/cybersecurity-standard/v/1.0/'],
      ['/fr/policies/cyber-standard/', '/fr/policies/cybersecurity-standard/'],
    ];
    for (const [from, to] of moves) {
      const html = readFileSync(join(result.outDir, from, 'index.html'), 'utf8');
      expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${to}">`);
      expect(existsSync(join(result.outDir, to, 'index.html'))).toBe(true);
    }
    const redirects = readFileSync(join(result.outDir, '_redirects'), 'utf8');
    expect(redirects).toContain('/policies/cyber-standard/ /policies/cybersecurity-standard/ 301');
    expect(redirects).toContain(
      '/policies/cyber-standard/council-package/ /policies/cybersecurity-standard/council-package/ 301',
    );
    // A file is the host's to redirect: the Word document keeps its name's pattern, with the new slug.
    expect(redirects).toContain(
      '/policies/cyber-standard/v/1.0/cyber-standard-1.0.docx /policies/cybersecurity-standard/v/1.0/cybersecurity-standard-1.0.docx 301',
    );
    expect(redirects).toContain(
      '/fr/policies/cyber-standard/badge.svg /fr/policies/cybersecurity-standard/badge.svg 301',
    );
    expect(existsSync(join(result.outDir, 'policies/cyber-standard/badge.svg'))).toBe(false);
    expect(
      existsSync(
        join(result.outDir, 'policies/cybersecurity-standard/v/1.0/cybersecurity-standard-1.0.docx'),
      ),
    ).toBe(true);
    // Redirect stubs are not pages to index.
    expect(readFileSync(join(result.outDir, 'sitemap.xml'), 'utf8')).not.toContain(
      '/policies/cyber-standard/',
    );
  });
});

describe('a site served from a sub-path', () => {
  it('resolves every internal link, asset, feed and export URL', async () => {
    const result = await buildRegistry({
      content: 'tests/fixtures/registry',
      name: 'sub-path',
      args: ['--base', '/registry/'],
    });
    expect(result.code, result.output).toBe(0);
    const dist = result.outDir;
    const exists = (url: string) => {
      const path = decodeURI(url.split('#')[0]!.split('?')[0]!);
      if (!path.startsWith('/registry/')) return false;
      const file = join(dist, path.slice('/registry'.length));
      return path.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file);
    };
    const broken: string[] = [];
    const pages: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else if (entry.name.endsWith('.html')) pages.push(`/${relative(dist, join(dir, entry.name))}`);
      }
    };
    walk(dist);
    for (const page of pages) {
      const html = readPage(dist, page);
      for (const element of html.querySelectorAll('a[href], link[href], script[src], img[src]')) {
        const url = element.getAttribute('href') ?? element.getAttribute('src')!;
        if (/^(https?:|mailto:|#|data:)/.test(url)) continue;
        if (!exists(url)) broken.push(`${page}: ${url}`);
      }
    }
    expect(pages.length).toBeGreaterThan(30);
    expect(broken).toEqual([]);
    // Exports and feeds carry absolute URLs under the sub-path.
    const policies = JSON.parse(readFileSync(join(dist, 'data/policies.json'), 'utf8')) as { url: string }[];
    for (const { url } of policies) expect(exists(new URL(url).pathname), url).toBe(true);
    const feed = readFileSync(join(dist, 'feed.xml'), 'utf8');
    for (const [, href] of feed.matchAll(/href="([^"]+)"/g))
      expect(exists(new URL(href!).pathname), href).toBe(true);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://common-ground.example.ca/registry/sitemap.xml',
    );
  });
});

describe('the address manifests', () => {
  it.each([
    ['sample', 'content', 'sampleDist'],
    ['fixture', 'tests/fixtures/registry', 'fixtureDist'],
  ] as const)(
    'of the %s registry record every address it publishes (refresh with npm run addresses)',
    (_, content, dist) => {
      const manifest = readManifest(resolve(projectRoot, content))!;
      expect([...builtAddresses(inject(dist))].sort()).toEqual([...manifest].sort());
    },
  );
});
