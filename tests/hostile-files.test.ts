/**
 * Content is data, and only what is in content/: a link to a file outside, a file in the
 * wrong encoding, a binary, a folder where a file belongs, YAML that is more than plain
 * data — each is one line naming the file, in `npm run check` and in the real build alike,
 * never a stack trace; and a build that fails, for whatever reason, leaves no site behind.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../src/check/index.ts';
import { loadGazetteer } from '../src/registry/gazetteer/gazetteer-files.ts';
import { acceptedFiles, hostileFileCases } from './fixtures/hostile-files-cases.ts';
import { buildRegistry, childEnv, outputRoot, projectRoot } from './support/build.ts';
import { copyWithEdits } from './support/fixture-copy.ts';

const validFixture = resolve(projectRoot, 'tests/fixtures/registry');
const root = join(outputRoot, 'hostile-files');
// Links must point outside the repository for real, not into tests/.output.
const outside = mkdtempSync(join(tmpdir(), 'common-ground-outside-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A copy of the valid registry, changed by `make`, under tests/.output/hostile-files/<name>/. */
function registry(name: string, make: (dir: string, outside: string) => void): string {
  const dir = copyWithEdits(validFixture, join(root, name, 'content'));
  const scratch = join(outside, name);
  mkdirSync(scratch, { recursive: true });
  make(dir, scratch);
  return dir;
}

function check(dir: string) {
  const { problems, errors } = checkContent(dir, loadGazetteer());
  return { lines: problems.map(formatProblem), errors };
}

/** `npm run check -- <dir>`, as a clerk runs it. */
function runCheck(dir: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [resolve(projectRoot, 'scripts/check.ts'), dir], {
    cwd: projectRoot,
    env: childEnv({}),
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((done, reject) => {
    child.on('error', reject);
    child.on('close', (code) => done({ code, output }));
  });
}

/** A previous good build in the output folder, which a failed build must not leave in place. */
function staleSite(name: string): string {
  const outDir = join(root, name, 'dist');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '<p>stale</p>');
  return outDir;
}

const stackTrace = /^\s+at /m;

describe.each(hostileFileCases)('$name', ({ name, make, expected }) => {
  it('is one line of the content check, naming the file', () => {
    const { lines } = check(registry(slug(name), make));
    expect(
      lines.find((line) => line.includes(expected)),
      `got:\n${lines.join('\n')}`,
    ).toBeDefined();
  });
});

describe.concurrent('every hostile file at once', () => {
  const dir = registry('all', (content, scratch) => {
    for (const { name, make } of hostileFileCases) {
      mkdirSync(join(scratch, slug(name)));
      make(content, join(scratch, slug(name)));
    }
  });

  it('npm run check prints each line, no stack trace, and exits with 1', async () => {
    const { code, output } = await runCheck(dir);
    expect(code).toBe(1);
    for (const { expected } of hostileFileCases) expect(output).toContain(expected);
    expect(output).not.toMatch(stackTrace);
  });

  it('the real build stops with the same lines, no stack trace, and leaves no site', async () => {
    const outDir = staleSite('all');
    const result = await buildRegistry({ content: dir, name: join('hostile-files', 'all') });
    expect(result.code).not.toBe(0);
    for (const { expected } of hostileFileCases) expect(result.output).toContain(expected);
    expect(result.output).toMatch(/\d+ content errors: nothing was built/);
    expect(result.output).not.toMatch(stackTrace);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(join(root, 'all', '.dist.building'))).toBe(false);
  });
});

// Not concurrent: builds that get past the check share the project's .astro/ folder (the
// content modules Astro generates), so two at once would read each other's.
describe('files a registry may hold', () => {
  const dir = registry('accepted', acceptedFiles.make);

  it('pass the check: a byte order mark is dropped, the lock file is skipped, a hidden file is a warning', () => {
    const { lines, errors } = check(dir);
    expect(errors).toEqual([]);
    expect(lines).toEqual([expect.stringContaining(acceptedFiles.warning)]);
  });

  it('build, printing the warning, into the output folder, with no staging folder left', async () => {
    const result = await buildRegistry({ content: dir, name: join('hostile-files', 'accepted') });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain(acceptedFiles.warning);
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(true);
    expect(existsSync(join(result.outDir, 'topics/privacy/index.html'))).toBe(true);
    expect(existsSync(join(root, 'accepted', '.dist.building'))).toBe(false);
  });

  it('a build that fails after Astro wrote every page leaves no site either', async () => {
    // The check accepts a removed policy; the build refuses it at the very end, in
    // astro:build:done, when its published addresses turn out to be gone.
    const content = registry('late-failure', (content) =>
      rmSync(join(content, 'policies/skills-guideline'), { recursive: true }),
    );
    expect(check(content).errors).toEqual([]);
    const outDir = staleSite('late-failure');
    const result = await buildRegistry({ content, name: join('hostile-files', 'late-failure') });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('/policies/skills-guideline/: this published address would disappear');
    expect(result.output).toMatch(/generating static routes/i); // Astro wrote the pages
    expect(result.output).not.toMatch(stackTrace);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(join(root, 'late-failure', '.dist.building'))).toBe(false);
  });
});
