/**
 * Drafts are for editors: `astro dev` shows them with a marker, while the production build
 * leaves them out (see pages.test.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, outputRoot, projectRoot } from './support/build.ts';

let server: ChildProcess;
let url: string;

beforeAll(async () => {
  const port = String(20_000 + Math.floor(Math.random() * 20_000));
  server = spawn(
    process.execPath,
    [resolve(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', port],
    {
      cwd: projectRoot,
      env: childEnv({
        COMMON_GROUND_CONTENT: resolve(projectRoot, 'tests/fixtures/registry'),
        COMMON_GROUND_CACHE: resolve(outputRoot, 'dev', 'cache'),
      }),
    },
  );
  url = await new Promise<string>((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      // Astro syncs the content store once more after announcing its address.
      if (output.includes('Synced content') && output.includes('watching for file changes')) {
        clearTimeout(timer);
        resolveUrl(`http://127.0.0.1:${port}/`);
      }
    };
    server.stdout!.on('data', read);
    server.stderr!.on('data', read);
  });
});

afterAll(() => {
  server?.kill();
});

describe('astro dev', () => {
  it('shows a draft with a draft marker', async () => {
    const response = await fetch(`${url}policies/secret-draft/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Draft: not published');
    expect(html).toContain('Confidentialzebra');
  });

  it('lists the draft, marked, on the policies index', async () => {
    const html = await (await fetch(`${url}policies/`)).text();
    expect(html).toMatch(/Fixture Unpublished Framework<\/a>.*Draft: not published/s);
  });
});
