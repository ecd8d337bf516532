import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ViteDevServer } from 'vite';
import { stringify } from 'yaml';
import { editorConfig, localProxy } from '../admin/config.ts';
import { gazetteerList } from '../admin/gazetteer-list.ts';
import { readContent } from '../check/source.ts';
import { loadGazetteer } from '../registry/gazetteer/gazetteer-files.ts';
import { contentDir } from '../lib/content-dir.ts';

/**
 * The editor at /admin/ (English) and /fr/admin/ (French): Decap CMS, bundled from npm into
 * the site with the registry's own widgets (src/admin/main.ts), nothing loaded from another
 * origin. It is not a page of the registry: no search index, no sitemap, no address in the
 * manifest (addresses.ts), and a Content-Security-Policy of its own, since Decap's interface
 * writes its styles inline and talks to GitHub or to the local proxy.
 */

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const decapDist = join(projectRoot, 'node_modules/decap-cms-app/dist');

/** What the editor may load and talk to; nothing else. */
export const adminCsp = () =>
  [
    "default-src 'self'",
    // Decap checks its config.yml with ajv, which compiles each validator with `new Function`:
    // without 'unsafe-eval' the editor does not start. This page alone allows it, and it
    // loads no script but the site's own.
    "script-src 'self' 'unsafe-eval'",
    // Decap's interface (emotion) writes <style> elements as it renders: no hash can list them.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    `connect-src 'self' ${new URL(localProxy()).origin} https://api.github.com`,
    "font-src 'self'",
    "object-src 'none'",
    "frame-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');

/** The editor's files, by address relative to the site base. */
export type AdminFiles = Map<string, string | Buffer>;

/** The page at `<base>admin/` or `<base>fr/admin/`: every URL in it absolute under the site's base. */
function page(lang: 'en' | 'fr', base: string): string {
  const here = `${base}${lang === 'fr' ? 'fr/' : ''}admin/`;
  const title = lang === 'fr' ? 'Éditeur du registre Common Ground' : 'Common Ground registry editor';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="content-security-policy" content="${adminCsp()}">
<meta name="common-ground-local-proxy" content="${localProxy()}">
<title>${title}</title>
<link href="${here}config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<script src="${base}admin/cms.js"></script>
</body>
</html>
`;
}

/** The content folder as the git repository names it: what the editor's paths start with. */
function repositoryPath(dir: string): string {
  for (let up = dir; up !== dirname(up); up = dirname(up))
    if (existsSync(join(up, '.git'))) return relative(up, dir).split('\\').join('/');
  return basename(dir);
}

function configYaml(locale: 'en' | 'fr'): string {
  const dir = contentDir();
  const policies = readContent(dir)
    .files.filter((file) => file.kind === 'policy' && !file.parseError)
    .map((file) => ({ slug: file.id, title: String((file.data as { title?: unknown })?.title ?? file.id) }));
  return stringify(
    editorConfig({
      repo: process.env.COMMON_GROUND_REPO ?? 'your-organisation/common-ground',
      branch: process.env.COMMON_GROUND_BRANCH ?? 'main',
      contentFolder: repositoryPath(dir),
      locale,
      policies,
    }),
  );
}

let gazetteer: string | undefined;

/** The municipality lookup's data (src/admin/gazetteer-list.ts), from the gazetteer's own files. */
function gazetteerJson(): string {
  gazetteer ??= JSON.stringify(
    gazetteerList(
      readFileSync(join(projectRoot, 'src/data/ocd-division-ids-ca/ca_census_subdivisions.csv'), 'utf8'),
      loadGazetteer(),
    ),
  );
  return gazetteer;
}

let bundled: Promise<string> | undefined;

/** src/admin/main.ts with Decap and React, as one script; Decap's own chunks are copied beside it. */
function bundle(): Promise<string> {
  bundled ??= import('esbuild').then(async ({ build }) => {
    const result = await build({
      entryPoints: [join(projectRoot, 'src/admin/main.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      // The licences of everything bundled stay in the file, as MIT and the others require.
      legalComments: 'eof',
      define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text;
  });
  return bundled;
}

/** Decap loads parts of itself on demand, from beside the script (webpack chunks and WebAssembly). */
function decapChunks(): string[] {
  return readdirSync(decapDist).filter((name) => /^\d+\.decap-cms-app\.js$|\.wasm$/.test(name));
}

export async function adminFiles(base: string): Promise<AdminFiles> {
  const files: AdminFiles = new Map();
  files.set('admin/index.html', page('en', base));
  files.set('admin/config.yml', configYaml('en'));
  files.set('fr/admin/index.html', page('fr', base));
  files.set('fr/admin/config.yml', configYaml('fr'));
  files.set('admin/cms.js', await bundle());
  files.set('admin/gazetteer.json', gazetteerJson());
  for (const chunk of decapChunks()) files.set(`admin/${chunk}`, readFileSync(join(decapDist, chunk)));
  return files;
}

/**
 * Starts bundling the editor's script (3 s: esbuild, in its own process) while Astro builds the
 * pages, so that writeAdmin finds it ready. A failure is reported by writeAdmin, which awaits
 * the same bundle.
 */
export function startAdminBundle(): void {
  bundle().catch(() => {});
}

export async function writeAdmin(outDir: string, base: string): Promise<void> {
  for (const [path, content] of await adminFiles(base)) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), content);
  }
}

const types: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  yml: 'text/yaml; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  wasm: 'application/wasm',
  json: 'application/json; charset=utf-8',
};

/** `astro dev` serves the editor too, its config read afresh from the content at each load. */
export function serveAdmin(server: ViteDevServer, base: string): void {
  server.middlewares.use((request, response, next) => {
    const path = (request.url ?? '').split('?')[0]!;
    const match = new RegExp(`^${base}((?:fr/)?admin/)(.*)$`).exec(path);
    if (!match) return next();
    const [, folder, name] = match;
    const lang = folder!.startsWith('fr/') ? 'fr' : 'en';
    const file = name || 'index.html';
    const send = (content: string | Buffer) => {
      response.setHeader('content-type', types[file.split('.').pop()!] ?? 'application/octet-stream');
      response.setHeader('cache-control', 'no-store');
      response.end(content);
    };
    if (file === 'index.html') return send(page(lang, base));
    if (file === 'config.yml') return send(configYaml(lang));
    if (file === 'cms.js') return void bundle().then(send, next);
    if (file === 'gazetteer.json' && folder === 'admin/') return send(gazetteerJson());
    if (decapChunks().includes(file)) return send(readFileSync(join(decapDist, file)));
    next();
  });
}
