import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { xmlText } from './xml.ts';

/** The sitemap protocol's limit of URLs per file. */
const PER_FILE = 50_000;

/**
 * Writes `sitemap.xml` (a plain sitemap, or an index of `sitemap-<n>.xml` files past
 * 50,000 pages) and a `robots.txt` that points to it.
 */
export function writeSitemap(outDir: string, siteRoot: string, pages: string[]): void {
  const url = (path: string) => xmlText(siteRoot + path.replace(/^\//, ''));
  const urlset = (paths: string[]) =>
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...paths.map((path) => `<url><loc>${url(path)}</loc></url>`),
      '</urlset>',
      '',
    ].join('\n');
  const sorted = [...pages].sort();
  if (sorted.length <= PER_FILE) {
    writeFileSync(join(outDir, 'sitemap.xml'), urlset(sorted));
  } else {
    const files: string[] = [];
    for (let i = 0; i * PER_FILE < sorted.length; i++) {
      files.push(`sitemap-${i}.xml`);
      writeFileSync(join(outDir, `sitemap-${i}.xml`), urlset(sorted.slice(i * PER_FILE, (i + 1) * PER_FILE)));
    }
    const index = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...files.map((file) => `<sitemap><loc>${url(file)}</loc></sitemap>`),
      '</sitemapindex>',
      '',
    ].join('\n');
    writeFileSync(join(outDir, 'sitemap.xml'), index);
  }
  writeFileSync(join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${siteRoot}sitemap.xml\n`);
}
