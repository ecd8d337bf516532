/**
 * The editor at /admin/, driven in Chromium as a clerk and a coordinator use it, in local
 * mode: `astro dev` and decap-server (MODE=git) on a git repository holding a copy of the
 * fixture registry, as `npm run admin` runs them. Every change is a branch (Decap's
 * editorial workflow); publishing merges it, and the content check and the build read what
 * it wrote.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../src/check/index.ts';
import { readContent } from '../src/check/source.ts';
import { loadGazetteer } from '../src/registry/gazetteer/gazetteer-files.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { textHash } from '../src/text/text-hash.ts';
import { today } from '../src/schemas/index.ts';
import { buildRegistry, childEnv, outputRoot, projectRoot } from './support/build.ts';
import { checkA11y } from './support/axe.ts';
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

async function openEditor(path: string, lang: 'en' | 'fr' = 'en'): Promise<Page> {
  // axe is injected as an inline script, which the editor's policy refuses: tests/support/axe.ts.
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, bypassCSP: true });
  // Decap asks "Are you sure…?" before publishing; the person says yes.
  page.on('dialog', (dialog) => void dialog.accept());
  const admin = `${url}${lang === 'fr' ? 'fr/' : ''}admin/`;
  await page.goto(admin);
  await page.getByRole('button', { name: lang === 'fr' ? 'Se connecter' : 'Login' }).click();
  await page
    .getByText(lang === 'fr' ? 'Décisions des conseils' : 'Council decisions')
    .first()
    .waitFor();
  await page.goto(`${admin}#/${path}`);
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
  await publish(page);
}

/** Sets the saved change Ready and publishes it. */
async function publish(page: Page) {
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
    // The first save reads the site's versions.json, which astro dev renders on demand.
    await expect
      .poll(() => page.locator('.Toastify').textContent(), { timeout: 30_000 })
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

const bodyOf = (text: string) => splitFrontmatter(text)!.body;
const policyFile = (slug: string, file = 'index.mdx') =>
  readFileSync(join(content, 'policies', slug, file), 'utf8');

/** `npm run check -- content --base <ref>` in the repository, as the pull request runs it. */
function checkAgainst(ref: string) {
  try {
    return {
      code: 0,
      output: execFileSync(
        process.execPath,
        [join(projectRoot, 'scripts/check.ts'), 'content', '--base', ref],
        {
          cwd: repo,
          encoding: 'utf8',
          stdio: 'pipe',
        },
      ),
    };
  } catch (error) {
    const { status, stdout, stderr } = error as { status: number; stdout: string; stderr: string };
    return { code: status, output: stdout + stderr };
  }
}

describe('a coordinator editing a policy’s details', () => {
  it('changes no text hash, and the check still passes', async () => {
    const before = textHashes();
    const signedBody = bodyOf(policyFile('skills-guideline'));
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
    // Not only the hash: the words are the stored bytes.
    expect(bodyOf(policyFile('skills-guideline'))).toBe(signedBody);
    expect(problemLines()).toEqual([]);
  });
});

describe('a coordinator revising a guideline', () => {
  it('freezes the signed text, byte for byte, and publishes the new version in the same commit', async () => {
    const signed = policyFile('data-principles');
    const base = git('rev-parse', 'HEAD').trim();
    const page = await openEditor('collections/revisions/entries/data-principles/index');
    await page.getByLabel('Version', { exact: true }).fill('1.2');
    await page
      .getByLabel('Changes (optional)', { exact: true })
      .fill('Says who answers questions about the principles.');
    const text = page.getByLabel('Text', { exact: true });
    await text.fill(`${await text.inputValue()}\n\nThe Clerk answers questions about these principles.\n`);
    await page.getByLabel('Title', { exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshots, 'revise-form.png') });
    await page.getByRole('button', { name: 'Save' }).click();
    // One change, one commit: the frozen text and the new version together, as the branch
    // (the pull request) holds them once saved.
    const changed = () => {
      const branch = git('branch', '--list', 'cms/*')
        .replace(/^[*\s]+/, '')
        .trim();
      return branch
        ? git('log', '--format=%s', '--name-only', `main..${branch}`).split('\n').filter(Boolean)
        : [];
    };
    await expect.poll(changed, { timeout: 60_000 }).toHaveLength(3);
    expect(changed().slice(1).sort()).toEqual([
      'content/policies/data-principles/index.mdx',
      'content/policies/data-principles/versions/1.1.mdx',
    ]);
    await publish(page);
    await page.close();

    const frozen = policyFile('data-principles', 'versions/1.1.mdx');
    expect(bodyOf(frozen)).toBe(bodyOf(signed));
    expect(frozen).toMatch(/^---\nversion: "1\.1"\npublished: "2025-06-01"\nchanges: Adds a principle/);
    const index = policyFile('data-principles');
    expect(index).toContain('version: "1.2"');
    expect(index).toContain(`published: "${today()}"`);
    expect(index).toContain('changes: Says who answers questions about the principles.');
    expect(bodyOf(index)).toContain('The Clerk answers questions about these principles.');
    // The fields the form does not show are kept: every council decision, with its hash.
    expect(index.match(/textHash: /g)).toHaveLength(signed.match(/textHash: /g)!.length);
    expect(problemLines()).toEqual([]);
    // The pull request's check: the signed words moved, unchanged.
    const check = checkAgainst(base);
    expect(check.code, check.output).toBe(0);
  });

  it('is refused a version that is not later, in the words of npm run new:version', async () => {
    const page = await openEditor('collections/revisions/entries/cyber-standard/index');
    await page.getByLabel('Text', { exact: true }).fill('Other words.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.locator('.Toastify').textContent())
      .toContain('version: version 1.0 is not later than the current version 1.0');
    expect(git('branch', '--list', 'cms/*')).toBe('');
    await page.close();
  });

  it('freezes nothing for a draft: its text is edited directly', async () => {
    const page = await openEditor('collections/revisions/entries/secret-draft/index');
    await page.getByLabel('Text', { exact: true }).fill('## Purpose\n\nRewritten before anyone signed.');
    await saveAndPublish(page);
    await page.close();
    expect(existsSync(join(content, 'policies/secret-draft/versions'))).toBe(false);
    expect(policyFile('secret-draft')).toContain('Rewritten before anyone signed.');
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

describe('a clerk adding a municipality found in the gazetteer', () => {
  it('finds it by name, fills in its ocdId and its name, and the check accepts it', async () => {
    const page = await openEditor('collections/municipalities/new');
    const lookup = page.getByRole('combobox', { name: 'Open Civic Data identifier' });
    await page.getByText('Type part of the name, then choose the municipality.').waitFor();
    await lookup.fill('scugog');
    const option = page.getByRole('option', { name: 'Scugog — Township, Durham, Ontario' });
    await option.waitFor();
    // Those that start with the name come first: the township, then the First Nation.
    expect(await page.getByRole('option').allTextContents()).toEqual([
      'Scugog — Township, Durham, Ontario',
      'Mississaugas of Scugog Island — IRI, Durham, Ontario',
    ]);
    await page.screenshot({ path: join(screenshots, 'municipality-lookup.png') });
    // The lookup open, as a screen reader meets it.
    expect(await ourViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByText('Chosen:').textContent())
      .toContain('ocd-division/country:ca/csd:3518020');
    await saveAndPublish(page);
    await page.close();
    expect(readFileSync(join(content, 'municipalities/scugog.yaml'), 'utf8')).toBe(
      // In the form's order: the lookup comes first.
      'ocdId: ocd-division/country:ca/csd:3518020\nname: Scugog\n',
    );
    expect(problemLines()).toEqual([]);
  });
});

describe('the French editor', () => {
  it('labels every field in French, with French hints', async () => {
    const page = await openEditor('collections/decisions/new', 'fr');
    await page.getByLabel('Politique', { exact: true }).waitFor();
    await page.getByText('La date de la décision du conseil.').waitFor();
    await page.screenshot({ path: join(screenshots, 'decision-form-fr.png') });
    await page.close();
    // A page of its own: Decap, moved from one new entry to another by the address alone,
    // keeps the first form's widgets under the second form's labels.
    const lookup = await openEditor('collections/municipalities/new', 'fr');
    // The gazetteer read, the lookup says what to do.
    await lookup.getByText('Tapez une partie du nom, puis choisissez la municipalité.').waitFor();
    await lookup.getByRole('combobox', { name: 'Identifiant Open Civic Data' }).fill('trois-riv');
    await lookup.getByRole('option', { name: /^Trois-Rivières — Ville, Francheville, Québec$/ }).waitFor();
    await lookup.close();
  });
});

/**
 * What axe finds in Decap's own interface that the registry cannot change (CONTRIBUTING.md,
 * "Accessibility"): each is a rule and the element it is found on. Anything else, in the
 * registry's widgets or its config, fails.
 */
const decapViolations: Record<string, RegExp> = {
  // The list widget (a policy's endorsements, formerSlugs): its drag handle and its
  // collapse and remove buttons are icons without a name.
  'aria-command-name': /aria-roledescription="sortable"/,
  'button-name': /TopBarButton/,
  // The date widget's "Now" button keeps its English aria-label in French.
  'label-content-name-mismatch': /data-testid="now-button"/,
  // The "Unsaved Changes" badge: red on pink, below 4.5:1.
  'color-contrast': /BackStatusChanged/,
};

const seenDecapViolations = new Set<string>();

/** The violations axe finds that are not Decap's known ones, as lines to read. */
async function ourViolations(page: Page): Promise<string[]> {
  const violations = await checkA11y(page);
  return violations.flatMap((violation) =>
    violation.nodes
      .filter((node) => {
        const decap = decapViolations[violation.id]?.test(`${node.html} ${node.target.join(' ')}`);
        if (decap) seenDecapViolations.add(violation.id);
        return !decap;
      })
      .map((node) => `${violation.id}: ${node.target.join(' ')} ${node.html.slice(0, 160)}`),
  );
}

describe('the forms, checked with axe', () => {
  const forms = [
    ['decisions/new', 'en'],
    ['policies/entries/data-principles/index', 'en'],
    ['revisions/entries/cyber-standard/index', 'en'],
    ['municipalities/new', 'en'],
    ['regions/new', 'en'],
    ['decisions/new', 'fr'],
    ['policies/entries/data-principles/index', 'fr'],
    ['municipalities/new', 'fr'],
  ] as const;

  it.each(forms)('%s (%s): no violation but Decap’s own', async (form, lang) => {
    const page = await openEditor(`collections/${form}`, lang);
    await page.getByRole('button', { name: lang === 'fr' ? /Enregistrer/ : 'Save' }).waitFor();
    await page.locator('label').first().waitFor();
    expect(await ourViolations(page)).toEqual([]);
    await page.close();
  });

  it('finds each of Decap’s that CONTRIBUTING.md lists: the list is not out of date', () => {
    expect([...seenDecapViolations].sort()).toEqual(Object.keys(decapViolations).sort());
  });
});
