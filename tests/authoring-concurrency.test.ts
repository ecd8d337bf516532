/**
 * Authoring commands run at once, as clerks of several councils do on a shared registry:
 * each decision is either recorded or refused, never reported done and then lost.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Refusal } from '../src/authoring/cli.ts';
import { LOCK_NAME, withRegistryLock } from '../src/authoring/registry-lock.ts';
import { checkContent, formatProblem } from '../src/check/index.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { loadGazetteer } from '../src/registry/gazetteer/gazetteer-files.ts';
import { textHash } from '../src/text/text-hash.ts';
import { outputRoot, projectRoot } from './support/build.ts';
import { copyWithEdits } from './support/fixture-copy.ts';

let copies = 0;
function registry(): string {
  return copyWithEdits(
    resolve(projectRoot, 'tests/fixtures/registry'),
    join(outputRoot, 'authoring-concurrency', String(copies++), 'content'),
  );
}

interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Starts a command as a real process; all of a test's commands are started before any ends. */
function start(script: string, args: string[], contentDir: string): Promise<Outcome> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [`scripts/${script}.ts`, ...args, '--content', contentDir], {
      cwd: projectRoot,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

const endorsementsOf = (dir: string, slug: string) =>
  (
    splitFrontmatter(readFileSync(join(dir, 'policies', slug, 'index.mdx'), 'utf8'))!.frontmatter.match(
      /^ {2}- municipality: .+$/gm,
    ) ?? []
  ).length;

const problems = (dir: string) => checkContent(dir, loadGazetteer()).errors.map(formatProblem);

/** Names left in the content folder by the lock: none once every command has ended. */
const lockFiles = (dir: string) => readdirSync(dir).filter((name) => name.startsWith(LOCK_NAME));

describe('authoring commands run at once', () => {
  it('record all five decisions of five endorse commands started together', async () => {
    const dir = registry();
    const slug = 'open-data-standard';
    const before = endorsementsOf(dir, slug);
    const decisions = [
      ['ajax', 'co-signed', 'Resolution A-1'],
      ['oshawa', 'co-signed', 'Resolution O-2'],
      ['pickering', 'co-signed', 'Resolution P-3'],
      ['whitby', 'adopted', 'By-law W-4'],
      ['brock', 'adopted', 'By-law B-5'],
    ];
    const outcomes = await Promise.all(
      decisions.map(([municipality, action, instrument]) =>
        start(
          'endorse',
          [slug, municipality!, '--action', action!, '--date', '2025-10-15', '--instrument', instrument!],
          dir,
        ),
      ),
    );

    const text = readFileSync(join(dir, 'policies', slug, 'index.mdx'), 'utf8');
    const hash = textHash(splitFrontmatter(text)!.body);
    decisions.forEach(([municipality, action, instrument], i) => {
      const outcome = outcomes[i]!;
      // Every command that reported success has its decision in the file…
      if (outcome.status === 0) {
        expect(text).toContain(
          `  - municipality: ${municipality}\n    action: ${action}\n    version: "1.0"\n    date: "2025-10-15"\n    instrument: ${instrument}\n    textHash: ${hash}\n`,
        );
      }
      // …and with the lock none had to refuse.
      expect(outcome.status, outcome.stderr).toBe(0);
    });
    expect(endorsementsOf(dir, slug)).toBe(before + decisions.length);
    expect(problems(dir)).toEqual([]);
    expect(lockFiles(dir)).toEqual([]);
  });

  it('keep a decision recorded while new:version freezes the same policy', async () => {
    const dir = registry();
    const slug = 'data-principles';
    const before = endorsementsOf(dir, slug);
    // Either may go first: the decision names version 1.1, current or frozen by then.
    const [freeze, decision] = await Promise.all([
      start('new-version', [slug, '--date', '2025-09-20'], dir),
      start(
        'endorse',
        [
          slug,
          'pickering',
          '--action',
          'co-signed',
          '--date',
          '2025-09-25',
          '--version',
          '1.1',
          '--instrument',
          'Resolution P-1',
        ],
        dir,
      ),
    ]);
    expect(freeze.status, freeze.stderr).toBe(0);
    expect(decision.status, decision.stderr).toBe(0);

    const index = readFileSync(join(dir, 'policies', slug, 'index.mdx'), 'utf8');
    const frozen = readFileSync(join(dir, 'policies', slug, 'versions', '1.1.mdx'), 'utf8');
    expect(index).toContain('version: "1.2"\npublished: "2025-09-20"');
    expect(index).toContain(
      `  - municipality: pickering\n    action: co-signed\n    version: "1.1"\n    date: "2025-09-25"\n    instrument: Resolution P-1\n    textHash: ${textHash(splitFrontmatter(frozen)!.body)}\n`,
    );
    expect(endorsementsOf(dir, slug)).toBe(before + 1);
    expect(problems(dir)).toEqual([]);
    expect(lockFiles(dir)).toEqual([]);
  });
});

describe('the registry lock', () => {
  /** A lock as a command writes it, held by `pid`. */
  const holdLock = (dir: string, pid: number, since = Date.now()) =>
    writeFileSync(join(dir, LOCK_NAME), JSON.stringify({ pid, host: hostname(), since }));

  it('refuses, after waiting, while a running command holds it', () => {
    const dir = registry();
    holdLock(dir, process.pid);
    const started = Date.now();
    let ran = false;
    expect(() => withRegistryLock(dir, () => (ran = true), { waitMs: 300 })).toThrow(Refusal);
    expect(() => withRegistryLock(dir, () => (ran = true), { waitMs: 300 })).toThrow(
      /^another command is writing to the registry; try again/,
    );
    expect(ran).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(600);
    // The lock is hidden: the check does not report it as a stray file.
    expect(problems(dir)).toEqual([]);
  });

  it('is taken over from a command that is gone, or that started too long ago', () => {
    const dir = registry();
    const gone = Number(
      spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
        encoding: 'utf8',
      }).stdout,
    );
    holdLock(dir, gone);
    expect(withRegistryLock(dir, () => 'ran', { waitMs: 0 })).toBe('ran');
    holdLock(dir, process.pid, Date.now() - 60 * 60_000);
    expect(withRegistryLock(dir, () => 'ran', { waitMs: 0 })).toBe('ran');
    expect(lockFiles(dir)).toEqual([]);
  });

  it('is released when the command refuses', () => {
    const dir = registry();
    expect(() =>
      withRegistryLock(dir, () => {
        expect(existsSync(join(dir, LOCK_NAME))).toBe(true);
        throw new Refusal('no');
      }),
    ).toThrow('no');
    expect(lockFiles(dir)).toEqual([]);
  });

  it('refuses a content folder that does not exist', () => {
    expect(() => withRegistryLock(join(outputRoot, 'authoring-concurrency', 'none'), () => 0)).toThrow(
      /^there is no content folder at /,
    );
  });
});
