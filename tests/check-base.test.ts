/**
 * Signed words cannot change silently: `npm run check -- <folder> --base <ref>` compares the
 * registry with the registry at a commit of a real git repository, and refuses a changed
 * signed text however the change is dressed up (hash deleted, endorsement deleted, invisible
 * Unicode or spacing edits), a replaced or deleted picture of a policy a council decided on,
 * a deleted frozen version, a deleted published policy and a lost published address, while
 * the everyday edits (a new version, a status, a decision, a new picture) pass.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { derivedAddressesOf, isDerivable } from '../src/check/base/index.ts';
import { readManifest } from '../src/integration/addresses.ts';
import { buildRegistry, projectRoot } from './support/build.ts';

const fixture = resolve(projectRoot, 'tests/fixtures/registry');
const repositories: string[] = [];

afterAll(() => {
  for (const repository of repositories) rmSync(repository, { recursive: true, force: true });
});

const git = (repository: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Clerk', '-c', 'user.email=clerk@example.org', ...args], {
    cwd: repository,
    stdio: 'pipe',
  });

/** A git repository whose one commit holds the fixture registry in `content/`. */
function registryRepository(): string {
  const repository = mkdtempSync(join(tmpdir(), 'check-base-'));
  repositories.push(repository);
  cpSync(fixture, join(repository, 'content'), { recursive: true });
  git(repository, 'init', '--quiet');
  git(repository, 'add', '--all');
  git(repository, 'commit', '--quiet', '--message', 'The registry as councils signed it');
  return repository;
}

/** Replaces text in a file of the registry's content folder; an edit that matches nothing fails. */
function edit(repository: string, file: string, search: string, replacement: string): void {
  const path = join(repository, 'content', file);
  const before = readFileSync(path, 'utf8');
  if (!before.includes(search)) throw new Error(`${file} has no ${JSON.stringify(search)}`);
  writeFileSync(path, before.replace(search, replacement));
}

function remove(repository: string, file: string): void {
  rmSync(join(repository, 'content', file), { recursive: true });
}

/** A script of the project, run with this Node in `cwd`, as a clerk would run it there. */
function runScript(
  cwd: string,
  script: string,
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(projectRoot, script), ...args], { cwd });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/** The fixture's one picture, shown by the text of skills-guideline, which nobody has decided on. */
const MAP = 'policies/skills-guideline/help-desk-map.png';
/** A picture added beside it that no text shows. */
const SPARE = 'policies/skills-guideline/spare-map.png';

/**
 * The registry with a second commit in which ajax decided on skills-guideline 1.0, whose text
 * shows MAP, and SPARE was added: both pictures are then pinned by that decision.
 */
function withDecidedPicture(repository: string): string {
  edit(
    repository,
    'policies/skills-guideline/index.mdx',
    'published: "2022-09-01"\n',
    'published: "2022-09-01"\nendorsements:\n  - municipality: ajax\n    action: co-signed\n    version: "1.0"\n    date: "2022-10-04"\n    instrument: DEMO-F-08\n',
  );
  copyFileSync(join(repository, 'content', MAP), join(repository, 'content', SPARE));
  git(repository, 'add', '--all');
  git(repository, 'commit', '--quiet', '--message', 'Ajax decided on the digital skills guideline');
  return repository;
}

/** `npm run check -- content --base <ref>` in the repository: the exit code and the problem lines. */
async function checkAgainst(repository: string, ref = 'HEAD') {
  const { code, stdout, stderr } = await runScript(repository, 'scripts/check.ts', 'content', '--base', ref);
  return { code, lines: stderr.split('\n').filter((line) => line.includes(': ')), output: stdout + stderr };
}

/** The lines of the comparison itself, as opposed to the content rules that also run. */
const baseLines = (lines: string[]) => lines.filter((line) => line.includes(' at HEAD'));

const PRINCIPLE = '2. Publish what is not personal, as open data.';
const CHANGED_PRINCIPLE = '2. Publish what is not personal, as closed data.';
/** The one line for the changed principle, which is line `line` of index.mdx after the edit. */
const changedText = (line: number) =>
  `content/policies/data-principles/index.mdx:${line}:37: text: version 1.1 was decided on by ajax and whitby at HEAD, and its text was changed, first at line ${line}: signed words never change. Restore them (git show HEAD:content/policies/data-principles/index.mdx) and publish the change as a new version (npm run new:version)`;
const SIGNED_1_0 = 'sha256:8675f088a79d18a32fc1b65d22f588ddfbe8dce6cf2da27193628e2789bcac3f';
const SIGNED_1_1 = 'sha256:ecdc14b8e31fc6d9919833d1d457729b3eeface62d201cad86f79fc3427d01c5';
/** The textHash line that both decisions on version 1.1 (ajax's and whitby's) pin. */
const TEXT_HASH_OF_1_1 = `\n    textHash: ${SIGNED_1_1}`;
const ENDORSEMENTS_OF_1_1 = `  - municipality: ajax
    action: co-signed
    version: "1.1"
    date: "2025-07-01"
    instrument: DEMO-F-05${TEXT_HASH_OF_1_1}
  - municipality: whitby
    action: adapted
    version: "1.1"
    date: "2025-08-01"
    instrument: DEMO-F-06
    notes: Whitby keeps records for ten years instead of seven.${TEXT_HASH_OF_1_1}
    localPolicy: whitby-data-principles
`;
/** The text hash rule's line for a decision whose pinned hash no longer matches its version's text. */
const hashMismatch = (
  policy: string,
  at: { line: number; endorsement: number; municipality: string },
  version: { version: string; file: string; signed: string; now: string },
) =>
  `content/policies/${policy}/index.mdx:${at.line}:15: endorsements[${at.endorsement}].textHash: "${at.municipality}" signed version ${version.version} with text hash ${version.signed}, but the text of version ${version.version} (${version.file}) now hashes to ${version.now}: the signed words were changed after signing. Restore the signed text and publish the change as a new version instead (npm run new:version).`;
/** Version 1.1 of data-principles with its principle changed, as the text hash rule sees it. */
const CHANGED_1_1 = {
  version: '1.1',
  file: 'index.mdx',
  signed: SIGNED_1_1,
  now: 'sha256:fd7fbe909a84d7622e1adb84543e00dc86d0ba1590769721c81a52b5ea10e52b',
};
/** The line the fixture's manifest lists an address on: it moves as new families are published. */
const manifestLine = (address: string) =>
  readFileSync(join(projectRoot, 'tests/fixtures/registry/published-addresses.txt'), 'utf8')
    .split('\n')
    .indexOf(address) + 1;
const lost = (address: string) =>
  `content/published-addresses.txt:${manifestLine(address)}:1: ${address}: published at HEAD, this address would disappear: citations point to it. Restore what publishes it, or, if its policy was renamed, list the old slug under formerSlugs`;

describe.concurrent('npm run check -- --base: signed words cannot change silently', () => {
  it('passes an unchanged registry', async () => {
    const result = await checkAgainst(registryRepository());
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('compared with HEAD');
  });

  it('refuses an edit of a signed text', async () => {
    const repository = registryRepository();
    edit(repository, 'policies/data-principles/index.mdx', PRINCIPLE, CHANGED_PRINCIPLE);
    const result = await checkAgainst(repository);
    expect(result.code).toBe(1);
    // Two guards, each naming the problem: the pinned hashes, and the text at HEAD.
    expect(result.lines).toEqual([
      hashMismatch('data-principles', { line: 45, endorsement: 4, municipality: 'ajax' }, CHANGED_1_1),
      hashMismatch('data-principles', { line: 52, endorsement: 5, municipality: 'whitby' }, CHANGED_1_1),
      changedText(63),
    ]);
  });

  it('refuses the same edit when it also deletes the textHash', async () => {
    const repository = registryRepository();
    edit(repository, 'policies/data-principles/index.mdx', PRINCIPLE, CHANGED_PRINCIPLE);
    // Both decisions on 1.1 pin the hash; each edit deletes one (an edit that matches nothing fails).
    edit(repository, 'policies/data-principles/index.mdx', TEXT_HASH_OF_1_1, '');
    edit(repository, 'policies/data-principles/index.mdx', TEXT_HASH_OF_1_1, '');
    const result = await checkAgainst(repository);
    expect(result.code).toBe(1);
    // The text-hash rule has nothing left to compare: only the base comparison sees it.
    expect(result.lines.filter((line) => line.includes('textHash'))).toEqual([]);
    expect(result.lines).toEqual([changedText(61)]);
  });

  it('refuses the same edit when it also deletes the endorsements of that version', async () => {
    const repository = registryRepository();
    edit(repository, 'policies/data-principles/index.mdx', PRINCIPLE, CHANGED_PRINCIPLE);
    edit(repository, 'policies/data-principles/index.mdx', ENDORSEMENTS_OF_1_1, '');
    const result = await checkAgainst(repository);
    expect(result.code).toBe(1);
    // With the decisions went their pinned hashes: only the base comparison sees it.
    expect(result.lines.filter((line) => line.includes('textHash'))).toEqual([]);
    // Whitby's own text, which its deleted decision named, is left claiming adoption: said apart.
    const local = (line: string) => line.includes('policies/whitby-data-principles/');
    expect(result.lines.filter(local)).toContainEqual(
      expect.stringContaining('status: is "adopted" but no standing "adapted" decision on "data-principles"'),
    );
    expect(result.lines.filter((line) => !local(line))).toEqual([changedText(49)]);
  });

  it('refuses a deleted frozen version, and the addresses it published', async () => {
    const repository = registryRepository();
    remove(repository, 'policies/data-principles/versions/1.0.mdx');
    const result = await checkAgainst(repository);
    expect(result.code).toBe(1);
    expect(baseLines(result.lines)).toEqual([
      'content/policies/data-principles/versions/1.0.mdx: was deleted: version 1.0 is frozen at HEAD (decided on by ajax, pickering and oshawa), and its address /policies/data-principles/v/1.0/ is cited. Restore it (git checkout HEAD -- content/policies/data-principles/versions/1.0.mdx)',
      lost('/fr/policies/data-principles/v/1.0/'),
      lost('/policies/data-principles/v/1.0/'),
      // Its Word document, one file for both languages.
      lost('/policies/data-principles/v/1.0/data-principles-1.0.docx'),
    ]);
  });

  it('refuses a deleted policy and a deleted address manifest, reading the manifest from the base', async () => {
    const repository = registryRepository();
    remove(repository, 'published-addresses.txt');
    remove(repository, 'policies/cyber-baseline');
    const result = await checkAgainst(repository);
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([
      'content/policies/cyber-baseline/index.mdx: was deleted: policy "cyber-baseline" is published at HEAD and its addresses are cited. Restore it (git checkout HEAD -- content/policies/cyber-baseline), or, if it was renamed, list "cyber-baseline" under formerSlugs in its new index.mdx',
      'content/published-addresses.txt: was deleted: at HEAD it lists every address the registry has published, and the build needs it to refuse a lost one. Restore it (git checkout HEAD -- content/published-addresses.txt)',
      lost('/fr/policies/cyber-baseline/'),
      lost('/fr/policies/cyber-baseline/badge.svg'),
      lost('/fr/policies/cyber-baseline/oembed.json'),
      lost('/fr/policies/cyber-baseline/v/1.0/'),
      lost('/policies/cyber-baseline/'),
      lost('/policies/cyber-baseline/badge.svg'),
      lost('/policies/cyber-baseline/oembed.json'),
      lost('/policies/cyber-baseline/v/1.0/'),
      lost('/policies/cyber-baseline/v/1.0/cyber-baseline-1.0.docx'),
    ]);
  });

  it('names a change from composed to decomposed characters for what it is', async () => {
    const repository = registryRepository();
    edit(
      repository,
      'policies/modele-evaluation/index.mdx',
      'Ce modèle décrit',
      'Ce modèle décrit'.normalize('NFD'),
    );
    const result = await checkAgainst(repository);
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([
      hashMismatch(
        'modele-evaluation',
        { line: 16, endorsement: 0, municipality: 'trois-rivieres' },
        {
          version: '1.0',
          file: 'index.mdx',
          signed: 'sha256:d466126ac34cab957057d0f60195dc5c8478757843648b37298df79a9eddbd3b',
          now: 'sha256:246c923872db1ef6558e3bdb3b34eacda248a2702a68d77c11d9e61ed3c1c681',
        },
      ),
      'content/policies/modele-evaluation/index.mdx:21:7: text: version 1.0 was decided on by trois-rivieres at HEAD, and its text differs only in Unicode normalisation (è written as e + accent); save the file with composed characters (NFC) (invisible on screen, but the signed text hash no longer matches)',
    ]);
  });

  it('names a double space inside a line for what it is', async () => {
    const repository = registryRepository();
    edit(
      repository,
      'policies/data-principles/versions/1.0.mdx',
      'Collect only what is needed.',
      'Collect  only what is needed.',
    );
    const result = await checkAgainst(repository);
    expect(result.code).toBe(1);
    const spaced1_0 = {
      version: '1.0',
      file: 'versions/1.0.mdx',
      signed: SIGNED_1_0,
      now: 'sha256:725c415b7f2314da33adf00c5d3bfbf138a0d49ec8800fca9d1a0a8b818aa1d8',
    };
    // Pickering's decision pins no hash: only the three that do are named.
    expect(result.lines).toEqual([
      hashMismatch('data-principles', { line: 19, endorsement: 0, municipality: 'ajax' }, spaced1_0),
      hashMismatch('data-principles', { line: 32, endorsement: 2, municipality: 'oshawa' }, spaced1_0),
      hashMismatch('data-principles', { line: 38, endorsement: 3, municipality: 'oshawa' }, spaced1_0),
      'content/policies/data-principles/versions/1.0.mdx:13:12: text: version 1.0 was decided on by ajax, pickering and oshawa at HEAD, and its text differs only in spacing inside line 13: put the spaces back as signed (invisible on screen, but the signed text hash no longer matches)',
    ]);
  });

  it('passes a new version published with npm run new:version, its text then edited', async () => {
    const repository = registryRepository();
    const newVersion = await runScript(
      repository,
      'scripts/new-version.ts',
      'data-principles',
      '--content',
      'content',
    );
    expect(newVersion.code, newVersion.stdout + newVersion.stderr).toBe(0);
    // Version 1.1 moved to versions/1.1.mdx, byte for byte; index.mdx is 1.2 and may change.
    edit(repository, 'policies/data-principles/index.mdx', PRINCIPLE, CHANGED_PRINCIPLE);
    const result = await checkAgainst(repository);
    expect(result.code, result.output).toBe(0);
    expect(result.lines).toEqual([]);
  });

  it('passes metadata edits: a status and a new decision', async () => {
    const repository = registryRepository();
    edit(repository, 'policies/open-data-standard/index.mdx', 'status: proposed', 'status: adopted');
    edit(
      repository,
      'policies/open-data-standard/index.mdx',
      '    instrument: DEMO-F-07\n',
      '    instrument: DEMO-F-07\n  - municipality: ajax\n    action: co-signed\n    version: "1.0"\n    date: "2025-10-02"\n    instrument: DEMO-F-99\n',
    );
    const result = await checkAgainst(repository);
    expect(result.code, result.output).toBe(0);
    expect(result.lines).toEqual([]);
  });

  it('passes a renamed policy that lists its old slug under formerSlugs', async () => {
    const repository = registryRepository();
    edit(
      repository,
      'policies/cyber-standard/index.mdx',
      'status: adopted',
      'status: adopted\nformerSlugs: [cyber-standard]',
    );
    edit(
      repository,
      'policies/cyber-baseline/index.mdx',
      'supersededBy: cyber-standard',
      'supersededBy: cybersecurity-standard',
    );
    renameSync(
      join(repository, 'content/policies/cyber-standard'),
      join(repository, 'content/policies/cybersecurity-standard'),
    );
    const result = await checkAgainst(repository);
    expect(result.code, result.output).toBe(0);
  });

  it('refuses a replaced picture of a policy a council decided on, shown by its text or not', async () => {
    const repository = withDecidedPicture(registryRepository());
    appendFileSync(join(repository, 'content', MAP), 'another picture');
    appendFileSync(join(repository, 'content', SPARE), 'another picture');
    const result = await checkAgainst(repository);
    expect(result.code).toBe(1);
    // Still a PNG as far as the content rules can tell: only the base comparison sees it.
    expect(result.lines).toEqual([
      `content/${MAP}: picture: version 1.0 was decided on by ajax at HEAD and shows this picture; it was changed. Pictures are part of the signed text: restore it (git checkout HEAD -- content/${MAP}) and publish the change as a new version with a new file name`,
      `content/${SPARE}: picture: policy "skills-guideline" has versions decided on at HEAD (1.0), and all its versions share the pictures in its folder; it was changed. Pictures are part of the signed text: restore it (git checkout HEAD -- content/${SPARE}) and publish the change as a new version with a new file name`,
    ]);
  });

  it('refuses a deleted picture of a policy a council decided on', async () => {
    const repository = withDecidedPicture(registryRepository());
    remove(repository, MAP);
    const result = await checkAgainst(repository);
    expect(result.code).toBe(1);
    // The content rules also see that the text shows a picture that is not there.
    expect(result.lines.some((line) => line.includes('"help-desk-map.png" does not exist'))).toBe(true);
    expect(baseLines(result.lines)).toEqual([
      `content/${MAP}: picture: version 1.0 was decided on by ajax at HEAD and shows this picture; it was removed. Pictures are part of the signed text: restore it (git checkout HEAD -- content/${MAP}) and publish the change as a new version with a new file name`,
    ]);
  });

  it('passes a new picture beside those a council decided on', async () => {
    const repository = withDecidedPicture(registryRepository());
    copyFileSync(
      join(repository, 'content', MAP),
      join(repository, 'content', 'policies/skills-guideline/new-map.png'),
    );
    const result = await checkAgainst(repository);
    expect(result.code, result.output).toBe(0);
    expect(baseLines(result.lines)).toEqual([]);
  });

  it('passes a replaced picture of a policy nobody has decided on yet (it is not pinned)', async () => {
    const repository = registryRepository();
    appendFileSync(join(repository, 'content', MAP), 'another picture');
    const result = await checkAgainst(repository);
    expect(result.code, result.output).toBe(0);
  });

  it('refuses a ref that names no commit, in one line', async () => {
    const repository = registryRepository();
    const result = await checkAgainst(repository, 'no-such-branch');
    expect(result.code).toBe(1);
    expect(result.output).toMatch(
      /^content: --base: "no-such-branch" names no commit of .*: give a branch, tag or commit, e.g\. origin\/main; a CI checkout needs the whole history \(fetch-depth: 0\)$/m,
    );
  });
});

describe('the addresses the comparison derives from content', () => {
  it('are exactly those of their families that the real build recorded for the fixture', () => {
    const recorded = [...readManifest(fixture)!].filter(isDerivable).sort();
    expect([...derivedAddressesOf(fixture)].sort()).toEqual(recorded);
    // The families not derived are left to the build's own manifest check.
    expect([...readManifest(fixture)!].filter((address) => !isDerivable(address))).toContain(
      '/policies/data-principles/changes/1.0...1.1/',
    );
  });
});

// One build at a time: two builds of different content at once share the project's .astro/ folder.
describe('the build, when the address manifest is missing', () => {
  it('refuses to start a new one where the last commit has one', async () => {
    const repository = registryRepository();
    remove(repository, 'published-addresses.txt');
    const result = await buildRegistry({ content: join(repository, 'content'), name: 'check-base-manifest' });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      `${join(repository, 'content', 'published-addresses.txt')} is missing but committed: nothing was published.`,
    );
  });

  it('starts one, and says so, for a registry that never had one', async () => {
    // Outside any git repository, as a generated registry is: nothing says it had a manifest.
    const folder = mkdtempSync(join(tmpdir(), 'check-base-new-'));
    repositories.push(folder);
    cpSync(fixture, join(folder, 'content'), { recursive: true });
    remove(folder, 'published-addresses.txt');
    const result = await buildRegistry({ content: join(folder, 'content'), name: 'check-base-new-registry' });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/a new registry: recorded its \d+ published addresses in .*; commit it/);
    expect(readManifest(join(folder, 'content'))).toEqual(readManifest(fixture));
  });
});
