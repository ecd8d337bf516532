/**
 * The pages a warm build keeps from the last site (src/integration/kept-pages.ts), on folders
 * made here: only a site stamped with the cache's record is kept, only the files the record
 * lists, and nothing outside the site is ever deleted, whatever the record says.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteUnmade, keepOnly, keptPages, stampSite } from '../src/integration/kept-pages.ts';
import { outputRoot } from './support/build.ts';

const root = join(outputRoot, 'kept-pages');
const site = join(root, 'dist');
const cache = join(root, 'cache');

const write = (path: string, text = 'x') => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};
const record = (files: string[]) =>
  write(
    join(cache, 'incremental-build.json'),
    JSON.stringify({
      version: 1,
      routes: {
        'src/pages/x.astro': { paths: Object.fromEntries(files.map((f) => [f, { outputFile: f }])) },
      },
    }),
  );

beforeEach(() => {
  rmSync(root, { recursive: true, force: true });
  for (const dir of [site, cache]) mkdirSync(dir, { recursive: true });
  write(join(site, 'policies/a/index.html'));
  write(join(site, 'policies/b/index.html'));
  write(join(site, 'stray.html'));
  write(join(site, 'policies/a/stray.txt'));
  write(join(site, 'pagefind/fragment/en_1.pf_fragment'));
  write(join(root, 'outside.txt'), 'keep me');
  record(['policies/a/index.html', 'policies/b/index.html', '../outside.txt', '/etc/hostname']);
});

describe('kept pages', () => {
  it('are those the record lists, once the site is stamped with that record', () => {
    expect(keptPages(site, cache)).toBeUndefined();
    stampSite(site, cache);
    const kept = keptPages(site, cache)!;
    expect([...kept].sort()).toEqual([join('policies/a/index.html'), join('policies/b/index.html')]);
    // Another build rewrites the record: the site is no longer its output.
    record(['policies/a/index.html']);
    expect(keptPages(site, cache)).toBeUndefined();
    // Nor is a site elsewhere, stamped or not.
    stampSite(site, cache);
    expect(keptPages(join(root, 'elsewhere'), cache)).toBeUndefined();
  });

  it('prune the site to the listed files, and delete only inside it', () => {
    stampSite(site, cache);
    const kept = keptPages(site, cache)!;
    const discarded: string[] = [];
    keepOnly(site, kept, (folder) => {
      discarded.push(folder);
      rmSync(folder, { recursive: true });
    });
    expect(existsSync(join(site, 'stray.html'))).toBe(false);
    expect(existsSync(join(site, 'policies/a/stray.txt'))).toBe(false);
    expect(existsSync(join(site, 'policies/a/index.html'))).toBe(true);
    // A folder with no listed file goes whole, without a walk of its files.
    expect(discarded).toEqual([join(site, 'pagefind')]);
    // This build's record no longer lists b, nor (it never could) a file outside the site.
    record(['policies/a/index.html']);
    expect(deleteUnmade(site, cache, new Set([...kept, join('..', 'outside.txt')]), Date.now() + 1000)).toBe(
      1,
    );
    expect(existsSync(join(site, 'policies/b'))).toBe(false);
    expect(readFileSync(join(root, 'outside.txt'), 'utf8')).toBe('keep me');
  });

  it('keep a page this build wrote again, even when its record does not list it', () => {
    stampSite(site, cache);
    const kept = keptPages(site, cache)!;
    const started = Date.now() - 1000;
    record([]);
    expect(deleteUnmade(site, cache, kept, started)).toBe(0);
    expect(existsSync(join(site, 'policies/b/index.html'))).toBe(true);
  });
});
