/**
 * The built site's Content-Security-Policy: every page carries one that lets in nothing
 * from another origin, it covers every inline script and style the page really has, and
 * pages work in a browser that enforces it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/chromium.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

/** The registry's pages; the editor at /admin/ has a policy of its own (editor-site.test.ts). */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !/^(fr\/)?admin\//.test(file))
    .map((file) => join(dir, file));
}

/** `script-src 'self' 'sha256-…'` → Map { 'script-src' => ["'self'", "'sha256-…'"] } */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe.each(['fixtureDist', 'sampleDist'] as const)('every page of %s', (build) => {
  const dist = inject(build);
  const pages = htmlFiles(dist).map((file) => ({
    path: relative(dist, file),
    html: parse(readFileSync(file, 'utf8')),
  }));

  it('has exactly one Content-Security-Policy', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const { path, html } of pages) {
      expect(html.querySelectorAll('meta[http-equiv="content-security-policy"]'), path).toHaveLength(1);
    }
  });

  it('lets in nothing from another origin, and no inline code without its hash', () => {
    for (const { path, html } of pages) {
      const policy = directives(
        html.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!,
      );
      expect(policy.get('default-src'), path).toEqual(["'self'"]);
      expect(policy.get('object-src'), path).toEqual(["'none'"]);
      for (const [name, sources] of policy) {
        for (const source of sources) {
          // Only the site itself, 'none', hashes, and the WebAssembly Pagefind's search needs.
          expect(source, `${path}: ${name}`).toMatch(
            /^'(?:self|none|wasm-unsafe-eval|sha256-[A-Za-z0-9+/=]+)'$/,
          );
        }
      }
    }
  });

  it('has the hash of every inline script and style, and no style or event-handler attribute', () => {
    for (const { path, html } of pages) {
      const policy = directives(
        html.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!,
      );
      for (const script of html.querySelectorAll('script:not([src])')) {
        // Data blocks, which no browser runs: the browser test below checks it reports nothing.
        if (['application/json', 'application/ld+json'].includes(script.getAttribute('type') ?? '')) continue;
        expect(policy.get('script-src'), `${path}: inline script`).toContain(sha256(script.rawText));
      }
      for (const style of html.querySelectorAll('style')) {
        expect(policy.get('style-src'), `${path}: inline style`).toContain(sha256(style.rawText));
      }
      const attributes = html
        .querySelectorAll('*')
        .flatMap((element) => Object.keys(element.attributes))
        .filter((name) => name === 'style' || /^on/i.test(name));
      expect(attributes, path).toEqual([]);
    }
  });
});

describe('in a browser that enforces the policy', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(inject('sampleDist'))]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    '',
    'policies/',
    'policies/durham-data-principles/',
    'policies/durham-privacy-impact-assessment-template/',
    'fr/policies/principes-donnees-durham/',
    'municipalities/ajax/',
    // The decisions list a council's website shows in an iframe: its own policy, no script.
    'municipalities/ajax/embed.html',
    'embed/',
    'regions/durham-region/',
    'review/',
  ])('/%s breaks no rule of it', async (path) => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(server.url + path);
    // Violations are also reported as events, which catch what the console does not.
    violations.push(
      ...(await page.evaluate(
        () =>
          new Promise<string[]>((done) => {
            const seen: string[] = [];
            document.addEventListener('securitypolicyviolation', (event) =>
              seen.push(`${event.violatedDirective}: ${event.blockedURI}`),
            );
            setTimeout(() => done(seen), 200);
          }),
      )),
    );
    // A policy page's JSON-LD is an inline script with no hash: data, which breaks no rule.
    if (/^(fr\/)?policies\/[^/]+\/$/.test(path))
      expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
    await page.close();
    expect(violations).toEqual([]);
  });

  it('still filters the policies list with the hashed style', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + 'policies/');
    const visible = () => page.locator('tr[data-policy]:visible').count();
    const all = await visible();
    await page.getByRole('radio', { name: /^Proposed/ }).check();
    expect(await visible()).toBeLessThan(all);
    await page.close();
  });
});
