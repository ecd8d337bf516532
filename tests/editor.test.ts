/**
 * The editor at /admin/, driven in Chromium as a clerk and a coordinator use it, in local
 * mode: `astro dev` and decap-server (MODE=git) on a git repository holding a copy of the
 * fixture registry, as `npm run admin` runs them. Every change is a branch (Decap's
 * editorial workflow); publishing merges it, and the content check and the build read what
 * it wrote.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../src/check/index.ts';
import { readContent } from '../src/check/source.ts';
import { loadGazetteer } from '../src/registry/gazetteer/gazetteer-files.ts';
import { textHash } from '../src/text/text-hash.ts';
import { buildRegistry, childEnv, outputRoot, projectRoot } from './support/build.ts';
import { launchBrowser } from './support/chromium.ts';
import { lockDevServer } from './support/dev-lock.ts';
import { copyWithEdits } from './support/fixture-copy.ts';

const repo = mkdtempSync(join(tmpdir(), 'common-ground-editor-'));
const content = join(repo, 'content');
const screenshots = join(outputRoot, 'editor');
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd: repo,
    encoding: 'utf8',
  });

let release: (() => void) | undefined;
let proxy: ChildProcess;
let dev: ChildProcess;
let browser: Browser;
let url: string;
let output = '';

/** Starts a process and resolves once its output says `ready`. */
function start(args: string[], env: Record<string, string>, ready: (output: string) => boolean) {
  const child = spawn(process.execPath, args, { cwd: projectRoot, env: childEnv(env) });
  const started = new Promise<void>((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`did not start:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      if (ready(output)) {
        clearTimeout(timer);
        resolveStart();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
  });
  return { child, started };
}

beforeAll(async () => {
  copyWithEdits(resolve(projectRoot, 'tests/fixtures/registry'), content);
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'The registry');
  mkdirSync(screenshots, { recursive: true });
  release = await lockDevServer();
  const proxyPort = String(20_000 + Math.floor(Math.random() * 10_000));
  const devPort = String(30_000 + Math.floor(Math.random() * 10_000));
  const decap = start(
    [resolve(projectRoot, 'node_modules/decap-server/dist/index.js')],
    { MODE: 'git', GIT_REPO_DIRECTORY: repo, BIND_HOST: '127.0.0.1', PORT: proxyPort },
    (text) => text.includes('Git Proxy Server configured'),
  );
  const astro = start(
    [
      resolve(projectRoot, 'node_modules/astro/bin/astro.mjs'),
      'dev',
      '--host',
      '127.0.0.1',
      '--port',
      devPort,
    ],
    {
      COMMON_GROUND_CONTENT: content,
      COMMON_GROUND_CACHE: resolve(outputRoot, 'editor', 'cache'),
      COMMON_GROUND_EDITOR_PORT: proxyPort,
    },
    (text) => text.includes('Synced content') && text.includes('watching for file changes'),
  );
  proxy = decap.child;
  dev = astro.child;
  url = `http://127.0.0.1:${devPort}/`;
  [browser] = await Promise.all([launchBrowser(), decap.started, astro.started]);
  // The first request builds the editor's script and the data it reads; later ones are quick.
  await fetch(`${url}admin/cms.js`);
  await fetch(`${url}data/versions.json/`);
}, 660_000);

afterAll(async () => {
  await browser?.close();
  dev?.kill();
  proxy?.kill();
  release?.();
});

async function openEditor(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  // Decap asks "Are you sure…?" before publishing; the person says yes.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${url}admin/`);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByText('Council decisions').first().waitFor();
  await page.goto(`${url}admin/#/${path}`);
  return page;
}

/** Picks an option of a Decap select or relation field by typing, as a keyboard user does. */
async function choose(page: Page, label: string, text: string) {
  await page.getByLabel(label, { exact: true }).fill(text);
  await page
    .getByRole('option', { name: new RegExp(text, 'i') })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
}

async function fillDecision(page: Page, date: string, instrument: string) {
  await choose(page, 'Policy', 'Fixture Data Principles');
  await choose(page, 'Municipality', 'Brock');
  await choose(page, 'Action', 'co-signed');
  await page.getByLabel('Version', { exact: true }).fill('1.1');
  await page.locator('input[type=date]').fill(date);
  await page.getByLabel('Instrument', { exact: true }).fill(instrument);
}

/** Saves, sets the change Ready and publishes it: the pull request merged. */
async function saveAndPublish(page: Page) {
  await page.getByRole('button', { name: 'Save' }).click();
  // Saved: the change is a branch of its own, as a pull request would be.
  await expect.poll(() => git('branch', '--list', 'cms/*'), { timeout: 60_000 }).not.toBe('');
  await page.getByRole('button', { name: 'Status: Draft' }).click();
  await page.getByRole('menuitem', { name: 'Ready' }).click();
  await page.getByRole('button', { name: 'Status: Ready' }).waitFor();
  await page.getByRole('button', { name: /^Publish/ }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  // Published: decap-server has merged the change's branch into main.
  await expect.poll(() => git('branch', '--list', 'cms/*'), { timeout: 60_000 }).toBe('');
}

const problemLines = () => checkContent(content, loadGazetteer()).problems.map(formatProblem);

function textHashes(): Record<string, string> {
  return Object.fromEntries(
    readContent(content)
      .files.filter((file) => file.kind === 'policy' || file.kind === 'version')
      .map((file) => [`${file.id}/${file.fileVersion ?? 'index'}`, textHash(file.body)]),
  );
}

describe('a clerk recording a council decision', () => {
  it('is refused a date in the future, in the words of the check, and nothing is written', async () => {
    const page = await openEditor('collections/decisions/new');
    await fillDecision(page, '2999-07-01', 'DEMO-F-76');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.locator('.Toastify').textContent())
      .toContain('date: is in the future; record a decision or publication only once it has happened');
    await page
      .locator('.Toastify__toast')
      .first()
      .screenshot({ path: join(screenshots, 'decision-refused.png') });
    expect(git('branch', '--list', 'cms/*')).toBe('');
    await page.close();
  });

  it('writes one file, pinned to the text hash, that passes the check and the build shows', async () => {
    const page = await openEditor('collections/decisions/new');
    await fillDecision(page, '2025-07-01', 'DEMO-F-77');
    await page.screenshot({ path: join(screenshots, 'decision-form.png'), fullPage: true });
    await saveAndPublish(page);
    await page.close();

    const folder = join(content, 'policies/data-principles/decisions');
    expect(readdirSync(folder)).toEqual(['2025-07-01-brock-co-signed.yaml']);
    const file = readFileSync(join(folder, '2025-07-01-brock-co-signed.yaml'), 'utf8');
    const hashes = textHashes();
    expect(file).toContain(`textHash: ${hashes['data-principles/index']}`);
    expect(problemLines()).toEqual([]);

    const build = await buildRegistry({ content, name: 'editor-build' });
    expect(build.code, build.output).toBe(0);
    const html = readFileSync(join(build.outDir, 'policies/data-principles/index.html'), 'utf8');
    expect(html).toContain('DEMO-F-77');
  }, 300_000);
});

describe('a coordinator editing a policy’s details', () => {
  it('changes no text hash, and the check still passes', async () => {
    const before = textHashes();
    const page = await openEditor('collections/policies/entries/skills-guideline/index');
    const summary = page.getByLabel('Summary', { exact: true });
    await summary.fill(`${await summary.inputValue()} Edited in the form.`);
    await page.screenshot({ path: join(screenshots, 'policy-form.png') });
    await saveAndPublish(page);
    await page.close();
    expect(readFileSync(join(content, 'policies/skills-guideline/index.mdx'), 'utf8')).toContain(
      'Edited in the form.',
    );
    expect(textHashes()).toEqual(before);
    expect(problemLines()).toEqual([]);
  });
});

describe('a coordinator proposing a guideline', () => {
  it('writes a new policy folder that passes the check', async () => {
    const page = await openEditor('collections/policies/new');
    await page.getByLabel('Title', { exact: true }).fill('Fixture Records Retention');
    await page
      .getByLabel('Summary', { exact: true })
      .fill('How long the fixture municipalities keep records.');
    await choose(page, 'Kind', 'guideline');
    await choose(page, 'Status', 'draft');
    await choose(page, 'Topics', 'Privacy');
    await choose(page, 'Region (optional)', 'Durham');
    // The first of each: the policy's own, not an endorsement's.
    await page.getByLabel('Version', { exact: true }).first().fill('1.0');
    await page.locator('input[type=date]').first().fill('2025-05-01');
    await page
      .getByLabel('Text', { exact: true })
      .fill('## Purpose\n\nKeep records as long as the law says, and no longer.');
    await page.screenshot({ path: join(screenshots, 'policy-new.png') });
    await saveAndPublish(page);
    await page.close();
    const text = readFileSync(join(content, 'policies/fixture-records-retention/index.mdx'), 'utf8');
    expect(text).toContain('title: Fixture Records Retention');
    expect(text).toContain('## Purpose');
    expect(problemLines()).toEqual([]);
  });
});
