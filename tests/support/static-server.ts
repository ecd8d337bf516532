/**
 * A tiny static file server for a built Astro site (`dist/`), so browser
 * tests exercise the real output the way a static host would serve it,
 * without `astro preview` (slow to start, and it hides hosting details
 * such as the trailing-slash redirect and the 404 page).
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep, isAbsolute } from 'node:path';

export interface ServedRequest {
  path: string;
  status: number;
  bytes: number;
}

export interface StaticServer {
  /** Site root URL including the base, always ending in "/", e.g. http://127.0.0.1:41234/registry/ */
  url: string;
  /**
   * Response body bytes sent since start or the last resetStats(). Uncompressed,
   * but Pagefind's index files are gzipped already, so for search it is close to wire size.
   */
  readonly bytesServed: number;
  /** Every request since start or the last resetStats(), to explain a bytesServed figure. */
  readonly requests: readonly ServedRequest[];
  resetStats(): void;
  close(): Promise<void>;
}

const OCTET = 'application/octet-stream';
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  // Browsers refuse WebAssembly.instantiateStreaming without this exact type.
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  // Pagefind's index shards (gzipped binary) and its wasm.<lang>.pagefind files.
  '.pf_meta': OCTET,
  '.pf_index': OCTET,
  '.pf_fragment': OCTET,
  '.pf_filter': OCTET,
  '.pagefind': OCTET,
};

export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  // realpath so the traversal check compares like with like (e.g. /tmp symlinks).
  const root = await realpath(resolve(dir));
  const prefix = normaliseBase(base);
  let bytesServed = 0;
  let requests: ServedRequest[] = [];

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', String(error));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Concatenate rather than resolve, so "//x" stays a path instead of becoming host "x".
    const url = new URL(`http://localhost${req.url ?? '/'}`);
    const count = (status: number, bytes: number) => {
      bytesServed += bytes;
      requests.push({ path: url.pathname, status, bytes });
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return count(405, send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed'));
    }
    // "/registry" -> "/registry/", as a static host would.
    if (url.pathname === prefix.slice(0, -1)) return count(301, redirect(res, prefix + url.search));
    if (!url.pathname.startsWith(prefix)) return count(404, await notFound(res));

    let relPath: string;
    try {
      relPath = decodeURIComponent(url.pathname.slice(prefix.length));
    } catch {
      return count(400, send(res, 400, 'text/plain; charset=utf-8', 'Bad request'));
    }
    const file = await locate(relPath);
    if (file === 'redirect') return count(301, redirect(res, url.pathname + '/' + url.search));
    if (!file) return count(404, await notFound(res));
    count(200, await sendFile(res, 200, file));
  }

  /** Maps a decoded site-relative path to a file inside root, or null. */
  async function locate(relPath: string): Promise<string | null | 'redirect'> {
    if (relPath.includes('\0')) return null;
    const candidate = resolve(root, '.' + sep + relPath);
    if (!(await isInside(candidate))) return null;
    const info = await stat(candidate).catch(() => null);
    if (info?.isDirectory()) {
      // Relative links in index.html only work with the trailing slash.
      if (!relPath.endsWith('/') && relPath !== '') return 'redirect';
      return (await isFile(join(candidate, 'index.html'))) ? join(candidate, 'index.html') : null;
    }
    if (info?.isFile()) return relPath.endsWith('/') ? null : candidate; // /x.css/ is a 404 on real hosts
    // Astro's build.format "file" emits /about.html for /about.
    if (!relPath.endsWith('/') && (await isFile(candidate + '.html'))) return candidate + '.html';
    return null;
  }

  /** Guards against ../ and %2e%2e traversal, and symlinks pointing outside. */
  async function isInside(candidate: string): Promise<boolean> {
    const within = (p: string) => {
      const rel = relative(root, p);
      return !isAbsolute(rel) && rel !== '..' && !rel.startsWith('..' + sep);
    };
    if (!within(candidate)) return false;
    const real = await realpath(candidate).catch(() => null);
    return real === null || within(real); // missing files are judged by path alone
  }

  async function notFound(res: ServerResponse): Promise<number> {
    const page = join(root, '404.html');
    if (await isFile(page)) return sendFile(res, 404, page);
    return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done()); // port 0: OS picks a free port, so parallel test files never clash
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    get bytesServed() {
      return bytesServed;
    },
    get requests() {
      return requests;
    },
    resetStats() {
      bytesServed = 0;
      requests = [];
    },
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        // The browser keeps connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

/** Streams a file; resolves with the body bytes actually written. */
async function sendFile(res: ServerResponse, status: number, file: string): Promise<number> {
  const { size } = await stat(file);
  res.writeHead(status, {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? OCTET,
    'Content-Length': size,
    // no-store: every load hits the server, so bytesServed measures a cold
    // visit and doesn't depend on what an earlier test happened to cache.
    'Cache-Control': 'no-store',
  });
  if (res.req.method === 'HEAD') {
    res.end();
    return 0;
  }
  return new Promise((done) => {
    let bytes = 0;
    const stream = createReadStream(file);
    stream.on('data', (chunk) => (bytes += chunk.length));
    // pipeline (not pipe) closes the file if the browser aborts mid-transfer;
    // either way, count what actually went out.
    pipeline(stream, res, () => done(bytes));
  });
}

function send(res: ServerResponse, status: number, type: string, body: string): number {
  const buffer = Buffer.from(body);
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': buffer.length,
    'Cache-Control': 'no-store',
  });
  res.end(buffer); // Node drops the body itself for HEAD
  return res.req.method === 'HEAD' ? 0 : buffer.length;
}

function redirect(res: ServerResponse, location: string): number {
  res.writeHead(301, { Location: location, 'Content-Length': 0 });
  res.end();
  return 0;
}
