/**
 * What a visitor downloads per page, by page type: the HTML and the stylesheets it links,
 * gzipped as a static host serves them (each linked stylesheet counted once per page), and the
 * JavaScript it runs: module and classic scripts it references, the modules those import
 * statically, and inline scripts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { pageType, PAGE_TYPES, type PageType } from './page-types.ts';
import { distribution, type Distribution } from './stats.ts';

const gzip = promisify(gzipCallback);

export interface TypeWeights {
  pages: number;
  /** HTML + linked CSS, gzipped. */
  weight: Distribution;
  htmlGzip: Distribution;
  htmlRaw: Distribution;
  /** Per page: every script it runs, raw and gzipped. */
  jsRaw: Distribution;
  jsGzip: Distribution;
}

export interface PageWeights {
  htmlFiles: number;
  byType: Partial<Record<PageType, TypeWeights>>;
}

/** Files read and gzipped at once: the thread pool gzips on every core. */
const IN_FLIGHT = 8;

export async function pageWeights(dist: string, { baseline = false } = {}): Promise<PageWeights> {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !relative(dist, file).startsWith('pagefind'));
  const assets = new AssetSizes(dist);
  const rows: { type: PageType; weight: number; htmlGzip: number; htmlRaw: number; js: JsSize }[] = [];
  for (let start = 0; start < files.length; start += IN_FLIGHT) {
    await Promise.all(
      files.slice(start, start + IN_FLIGHT).map(async (file) => {
        const html = readFileSync(file);
        const text = html.toString('utf8');
        const htmlGzip = (await gzip(html)).byteLength;
        let css = 0;
        for (const href of new Set(stylesheets(text))) css += (await assets.size(href)).gzip;
        const js = await scriptSize(text, assets);
        rows.push({
          type: pageType(relative(dist, file), { baseline }),
          weight: htmlGzip + css,
          htmlGzip,
          htmlRaw: html.byteLength,
          js,
        });
      }),
    );
  }
  const byType: PageWeights['byType'] = {};
  for (const type of PAGE_TYPES) {
    const of = rows.filter((row) => row.type === type);
    if (!of.length) continue;
    byType[type] = {
      pages: of.length,
      weight: distribution(of.map((row) => row.weight)),
      htmlGzip: distribution(of.map((row) => row.htmlGzip)),
      htmlRaw: distribution(of.map((row) => row.htmlRaw)),
      jsRaw: distribution(of.map((row) => row.js.raw)),
      jsGzip: distribution(of.map((row) => row.js.gzip)),
    };
  }
  return { htmlFiles: files.length, byType };
}

interface JsSize {
  raw: number;
  gzip: number;
}

function stylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((match) => match[0])
    .filter((tag) => /\brel=["']?stylesheet\b/i.test(tag))
    .map((tag) => /\bhref=["']?([^"' >]+)/i.exec(tag)?.[1])
    .filter((href): href is string => !!href);
}

/** Scripts a page runs: each file once, with the modules it imports; inline ones as written. */
async function scriptSize(html: string, assets: AssetSizes): Promise<JsSize> {
  const total = { raw: 0, gzip: 0 };
  const seen = new Set<string>();
  const addFile = async (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const asset = await assets.size(path);
    total.raw += asset.raw;
    total.gzip += asset.gzip;
    for (const imported of asset.imports) await addFile(imported);
  };
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = '', body = ''] = match;
    const type = /\btype=["']?([^"' >]+)/i.exec(attributes)?.[1];
    if (type && !/^(module|text\/javascript|application\/javascript)$/i.test(type)) continue; // data, JSON-LD
    const src = /\bsrc=["']?([^"' >]+)/i.exec(attributes)?.[1];
    if (src) await addFile(src);
    else if (body.trim()) {
      total.raw += Buffer.byteLength(body);
      total.gzip += (await gzip(body)).byteLength;
    }
  }
  return total;
}

interface AssetSize {
  raw: number;
  gzip: number;
  /** Modules a script imports statically, as site paths. */
  imports: string[];
}

/** Sizes of the site's own files by address, each read and gzipped once. */
class AssetSizes {
  private readonly dist: string;
  private readonly cache = new Map<string, Promise<AssetSize>>();

  constructor(dist: string) {
    this.dist = dist;
  }

  size(address: string): Promise<AssetSize> {
    const path = new URL(address, 'https://site.invalid/').pathname;
    let size = this.cache.get(path);
    if (!size) this.cache.set(path, (size = this.read(path)));
    return size;
  }

  private async read(path: string): Promise<AssetSize> {
    let content: Buffer;
    try {
      content = readFileSync(join(this.dist, decodeURIComponent(path)));
    } catch {
      return { raw: 0, gzip: 0, imports: [] }; // another origin, or under a base path
    }
    const imports = path.endsWith('.js')
      ? [
          ...content
            .toString('utf8')
            .matchAll(/(?:\bimport\s*|\bfrom\s*)["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g),
        ].map((match) => new URL(match[1]!, `https://site.invalid${path}`).pathname)
      : [];
    return { raw: content.byteLength, gzip: (await gzip(content)).byteLength, imports };
  }
}
