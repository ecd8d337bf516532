/**
 * `astro dev`, as editors use it: drafts are shown with a marker (the production build leaves
 * them out, see pages.test.ts), and a text edited while it runs is rendered as the build
 * renders it, or refused, never run (with tests/content-never-runs.test.ts). One server for
 * all: Astro runs one dev server per project at a time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { marker, markers, payloads } from './fixtures/payloads.ts';
import { childEnv, outputRoot, projectRoot } from './support/build.ts';
import { lockDevServer } from './support/dev-lock.ts';
import { copyWithEdits } from './support/fixture-copy.ts';

let server: ChildProcess;
let release: (() => void) | undefined;
let url: string;
let output = '';
// Outside tests/.output, which astro dev does not watch (astro.config.mjs).
const content = copyWithEdits(
  resolve(projectRoot, 'tests/fixtures/registry'),
  join(mkdtempSync(join(tmpdir(), 'common-ground-dev-')), 'content'),
);

beforeAll(async () => {
  release = await lockDevServer();
  const port = String(20_000 + Math.floor(Math.random() * 20_000));
  server = spawn(
    process.execPath,
    [resolve(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', port],
    {
      cwd: projectRoot,
      env: childEnv({
        COMMON_GROUND_CONTENT: content,
        COMMON_GROUND_CACHE: resolve(outputRoot, 'dev', 'cache'),
      }),
    },
  );
  mkdirSync(markers, { recursive: true });
  url = await new Promise<string>((resolveUrl, reject) => {
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
}, 660_000);

afterAll(() => {
  server?.kill();
  release?.();
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

describe('astro dev, with texts edited after it started', () => {
  const skills = join(content, 'policies/skills-guideline/index.mdx');

  /** Edits the text and waits until the page shows what `until` looks for. */
  async function editAndFetch(body: string, until: (html: string) => boolean) {
    const before = readFileSync(skills, 'utf8');
    writeFileSync(skills, before.replace(/\n## Purpose\n[\s\S]*$/, `\n## Purpose\n\n${body}\n`));
    for (let attempt = 0; attempt < 60; attempt++) {
      await new Promise((wait) => setTimeout(wait, 500));
      const html = await (await fetch(`${url}policies/skills-guideline/`)).text();
      if (until(html)) return html;
    }
    throw new Error(`astro dev never showed the edit:\n${output.slice(-2000)}`);
  }

  it('renders an edited text as the build does', async () => {
    const html = await editAndFetch('Edited words: zebracrossing.', (html) => html.includes('zebracrossing'));
    expect(html).toContain('<p>Edited words: zebracrossing.</p>');
  });

  it.each(Object.entries(payloads))(
    'refuses to render the payload %s, and never runs it',
    async (name, body) => {
      const logged = output.length;
      // Astro dev answers a page that failed with its error overlay, and logs the error.
      const html = await editAndFetch(body, (html) => !html.includes('Fixture Digital Skills Guideline'));
      expect(html).not.toContain('zebracrossing');
      expect(output.slice(logged)).toMatch(/policies\/skills-guideline\/index\.mdx: line 14:\d+: /);
      expect(existsSync(marker(name))).toBe(false);
    },
  );
});
