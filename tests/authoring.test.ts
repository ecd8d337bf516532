/**
 * The authoring commands, run as editors run them, on temporary copies of the fixture
 * registry: each leaves the content valid or, when it refuses, exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomically } from '../src/authoring/write-content.ts';
import { checkContent, formatProblem } from '../src/check/index.ts';
import { FRONTMATTER } from '../src/check/source.ts';
import { loadGazetteer } from '../src/registry/gazetteer/gazetteer-files.ts';
import { textHash } from '../src/text/text-hash.ts';
import { today } from '../src/schemas/index.ts';
import type { Edit } from './fixtures/invalid-cases.ts';
import { outputRoot, projectRoot } from './support/build.ts';
import { copyWithEdits } from './support/fixture-copy.ts';

let copies = 0;
/** A fresh copy of a registry (the fixture by default) for one test. */
function registry(edits: Edit[] = [], from = 'tests/fixtures/registry'): string {
  return copyWithEdits(
    resolve(projectRoot, from),
    join(outputRoot, 'authoring', String(copies++), 'content'),
    edits,
  );
}

function run(script: string, args: string[], contentDir: string) {
  const result = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args, '--content', contentDir], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file of a folder, hidden ones included, by relative path. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((path) => [relative(dir, path), readFileSync(path, 'utf8')]),
  );
}

function problems(contentDir: string): string[] {
  return checkContent(contentDir, loadGazetteer()).errors.map(formatProblem);
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const bodyOf = (text: string) => text.slice(FRONTMATTER.exec(text)![0].length);

/** Runs a command that must refuse, and checks that it said why and wrote nothing. */
function expectRefusal(
  script: string,
  args: string[],
  message: string | RegExp,
  edits: Edit[] = [],
  exit = 1,
) {
  const dir = registry(edits);
  const before = snapshot(dir);
  const result = run(script, args, dir);
  expect(result.status, result.stdout + result.stderr).toBe(exit);
  expect(result.stderr).toMatch(message);
  if (exit === 1) expect(result.stderr).toContain('Nothing was written.');
  expect(snapshot(dir)).toEqual(before);
}

describe('npm run new:policy', () => {
  it('creates a complete, valid draft with the sections a policy writer expects', () => {
    const dir = registry();
    const before = snapshot(dir);
    const result = run(
      'new-policy',
      ['records-retention', '--region', 'durham', '--topic', 'privacy', '--topic', 'open-data'],
      dir,
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('a draft guideline, version 1.0');

    const text = read(dir, 'policies/records-retention/index.mdx');
    expect(text).toContain('\ntitle: "Records retention"\n');
    expect(text).toContain('\nkind: guideline\n');
    expect(text).toContain('\nstatus: draft\n');
    expect(text).toContain('\ntopics: [privacy, open-data]\n');
    expect(text).toContain('\nregion: durham\n');
    expect(text).toContain('\nversion: "1.0"\n');
    expect(text).toContain(`\npublished: "${today()}"\n`);
    for (const heading of [
      'Purpose',
      'Scope',
      'Definitions',
      'Policy statements',
      'Roles and responsibilities',
      'Review',
    ])
      expect(text).toContain(`\n## ${heading}\n`);
    expect(text).toMatch(/<Clause id="[a-z-]+">/);

    expect(problems(dir)).toEqual([]);
    const after = snapshot(dir);
    expect(Object.keys(after).filter((path) => !(path in before))).toEqual([
      'policies/records-retention/index.mdx',
    ]);
  });

  it('takes a kind, a title and a language, and needs no region', () => {
    const dir = registry();
    const args = [
      'politique-locale',
      '--topic',
      'privacy',
      '--kind',
      'standard',
      '--title',
      'Politique locale',
      '--lang',
      'fr',
    ];
    expect(run('new-policy', args, dir).status).toBe(0);
    const text = read(dir, 'policies/politique-locale/index.mdx');
    expect(text).toContain('\ntitle: "Politique locale"\n');
    expect(text).toContain('\nkind: standard\n');
    expect(text).toContain('\nlang: fr\n');
    expect(text).not.toContain('\nregion:');
    expect(text).toContain('## Objet');
    expect(problems(dir)).toEqual([]);
  });

  it('refuses a slug that exists', () =>
    expectRefusal(
      'new-policy',
      ['data-principles', '--topic', 'privacy'],
      /policies\/data-principles\/ already exists/,
    ));

  it('refuses an unknown region', () =>
    expectRefusal(
      'new-policy',
      ['x', '--region', 'durhm', '--topic', 'privacy'],
      'unknown region "durhm" (did you mean "durham"?)',
    ));

  it('refuses an unknown topic', () =>
    expectRefusal(
      'new-policy',
      ['x', '--topic', 'privacy', '--topic', 'open-dta'],
      'unknown topic "open-dta" (did you mean "open-data"?)',
    ));

  it('refuses a slug that is not an identifier, and a missing topic', () => {
    expectRefusal(
      'new-policy',
      ['Records_Retention', '--topic', 'privacy'],
      /"Records_Retention" is not a valid slug/,
      [],
      2,
    );
    expectRefusal('new-policy', ['records'], /Give at least one --topic/, [], 2);
  });

  it('explains itself', () => {
    const result = run('new-policy', ['--help'], registry());
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run new:policy -- <slug> --region <id> --topic <id>/);
  });
});

describe('npm run new:version', () => {
  it('freezes the current text, as signed, and bumps the minor version', () => {
    const dir = registry();
    const oldIndex = read(dir, 'policies/data-principles/index.mdx');
    const result = run('new-version', ['data-principles'], dir);
    expect(result.status, result.stderr).toBe(0);

    const frozen = read(dir, 'policies/data-principles/versions/1.1.mdx');
    // What changed in 1.1 goes with its text; 1.2 starts without it.
    const changes = /^changes: .*\n/m.exec(oldIndex)![0];
    expect(frozen).toBe(`---\nversion: "1.1"\npublished: "2025-06-01"\n${changes}---\n${bodyOf(oldIndex)}`);
    expect(textHash(bodyOf(frozen))).toBe(textHash(bodyOf(oldIndex)));

    const index = read(dir, 'policies/data-principles/index.mdx');
    expect(index).toBe(
      oldIndex.replace(
        `version: "1.1"\npublished: "2025-06-01"\n${changes}`,
        `version: "1.2"\npublished: "${today()}"\n`,
      ),
    );
    expect(problems(dir)).toEqual([]);
  });

  it('takes the new version and its date', () => {
    const dir = registry();
    expect(run('new-version', ['data-principles', '2.0', '--date', '2025-09-15'], dir).status).toBe(0);
    expect(read(dir, 'policies/data-principles/index.mdx')).toContain(
      'version: "2.0"\npublished: "2025-09-15"',
    );
    expect(existsSync(join(dir, 'policies/data-principles/versions/1.1.mdx'))).toBe(true);
    expect(problems(dir)).toEqual([]);
  });

  it('refuses an unknown policy', () =>
    expectRefusal(
      'new-version',
      ['data-principls'],
      'unknown policy "data-principls" (did you mean "data-principles"?)',
    ));

  it('refuses a draft', () => expectRefusal('new-version', ['secret-draft'], 'secret-draft is a draft'));

  it('refuses a version that is not later', () =>
    expectRefusal(
      'new-version',
      ['data-principles', '1.1'],
      'version 1.1 is not later than the current version 1.1',
    ));

  it('refuses to overwrite a frozen version', () =>
    expectRefusal('new-version', ['open-data-standard'], /versions\/1\.0\.mdx already exists/, [
      {
        file: 'policies/open-data-standard/versions/1.0.mdx',
        write: '---\nversion: "1.0"\npublished: "2025-09-01"\n---\n\nText.\n',
      },
    ]));

  it('refuses a change that would leave the registry invalid: a date in the future', () =>
    expectRefusal(
      'new-version',
      ['data-principles', '--date', '2999-01-01'],
      /policies\/data-principles\/index\.mdx:9:12: published: is in the future/,
    ));
});

describe('npm run endorse', () => {
  const policy = 'policies/open-data-standard/index.mdx';

  it('appends the decision with the text hash of the current version, keeping the rest as written', () => {
    const dir = registry();
    const before = read(dir, policy);
    const args = ['open-data-standard', 'ajax', '--action', 'co-signed', '--date', '2025-10-15'];
    const result = run(
      'endorse',
      [...args, '--instrument', 'Resolution 2025-41', '--source', 'https://example.org/minutes/41'],
      dir,
    );
    expect(result.status, result.stderr).toBe(0);
    const hash = textHash(bodyOf(before));
    expect(result.stdout).toContain(hash);
    expect(read(dir, policy)).toBe(
      before.replace(
        `    instrument: DEMO-F-07\n    textHash: ${hash}\n`,
        `    instrument: DEMO-F-07\n    textHash: ${hash}\n  - municipality: ajax\n    action: co-signed\n    version: "1.0"\n    date: "2025-10-15"\n    instrument: Resolution 2025-41\n    sourceUrl: https://example.org/minutes/41\n    textHash: ${hash}\n`,
      ),
    );
    expect(problems(dir)).toEqual([]);
  });

  it("names the council's own text of an adaptation, which the check then resolves", () => {
    // The fixture's Whitby adaptation, taken away to be recorded again from the command line.
    const decision =
      '  - municipality: whitby\n    action: adapted\n    version: "1.1"\n    date: "2025-08-01"\n    instrument: DEMO-F-06\n    notes: Whitby keeps records for ten years instead of seven.\n    textHash: sha256:ecdc14b8e31fc6d9919833d1d457729b3eeface62d201cad86f79fc3427d01c5\n    localPolicy: whitby-data-principles\n';
    const dir = registry([{ file: 'policies/data-principles/index.mdx', replace: [decision, ''] }]);
    expect(read(dir, 'policies/data-principles/index.mdx')).not.toContain('localPolicy');
    const args = ['data-principles', 'whitby', '--action', 'adapted', '--date', '2025-08-01'];
    const result = run(
      'endorse',
      [...args, '--instrument', 'DEMO-F-06', '--local-policy', 'whitby-data-principles'],
      dir,
    );
    expect(result.status, result.stderr).toBe(0);
    expect(read(dir, 'policies/data-principles/index.mdx')).toContain(
      '    localPolicy: whitby-data-principles\n---',
    );
    expect(problems(dir)).toEqual([]);
  });

  it('refuses a local text on a decision that is not an adaptation', () => {
    expectRefusal(
      'endorse',
      [
        'data-principles',
        'brock',
        '--action',
        'co-signed',
        '--date',
        '2025-10-01',
        '--instrument',
        'DEMO-F-99',
        '--local-policy',
        'whitby-data-principles',
      ],
      '--local-policy names the text of an adaptation: use it with --action adapted',
      [],
      2,
    );
  });

  it('hashes the frozen text when the decision is about an earlier version', () => {
    const dir = registry();
    const args = [
      'data-principles',
      'brock',
      '--action',
      'adopted',
      '--date',
      '2024-05-01',
      '--version',
      '1.0',
    ];
    expect(
      run(
        'endorse',
        [...args, '--instrument', 'By-law 2024-7', '--body', 'Committee', '--notes', 'A note.'],
        dir,
      ).status,
    ).toBe(0);
    const frozenHash = textHash(bodyOf(read(dir, 'policies/data-principles/versions/1.0.mdx')));
    expect(read(dir, 'policies/data-principles/index.mdx')).toContain(
      `  - municipality: brock\n    action: adopted\n    version: "1.0"\n    date: "2024-05-01"\n    body: Committee\n    instrument: By-law 2024-7\n    textHash: ${frozenHash}\n    notes: A note.\n---`,
    );
    expect(problems(dir)).toEqual([]);
  });

  it('starts the list of a policy that has none, in the quote style of the file', () => {
    const dir = registry();
    expect(
      run(
        'endorse',
        [
          'skills-guideline',
          'whitby',
          '--action',
          'co-signed',
          '--date',
          '2023-01-10',
          '--instrument',
          'R-1',
        ],
        dir,
      ).status,
    ).toBe(0);
    expect(read(dir, 'policies/skills-guideline/index.mdx')).toContain(
      'published: "2022-09-01"\nendorsements:\n  - municipality: whitby\n    action: co-signed\n    version: "1.0"\n    date: "2023-01-10"\n',
    );
    expect(problems(dir)).toEqual([]);

    const sample = registry([], 'content');
    const slug = 'durham-privacy-impact-assessment-template';
    const args = [
      slug,
      'brock',
      '--action',
      'co-signed',
      '--date',
      '2025-06-02',
      '--instrument',
      'Sample DEMO-9',
    ];
    expect(run('endorse', args, sample).status).toBe(0);
    // This file writes its dates in single quotes: the new decision does too.
    expect(read(sample, `policies/${slug}/index.mdx`)).toContain(
      'version: "1.0"\n    date: \'2025-06-02\'\n',
    );
    expect(problems(sample)).toEqual([]);
  });

  const endorse = (...args: string[]) => [
    'open-data-standard',
    ...args,
    ...(args.includes('--instrument') ? [] : ['--instrument', 'Resolution 2025-41']),
  ];

  it('refuses an unknown policy', () =>
    expectRefusal(
      'endorse',
      ['open-data-standrd', 'ajax', '--action', 'co-signed', '--date', '2025-10-15', '--instrument', 'R'],
      'unknown policy "open-data-standrd" (did you mean "open-data-standard"?)',
    ));

  it('refuses an unknown municipality', () =>
    expectRefusal(
      'endorse',
      endorse('ajaxx', '--action', 'co-signed', '--date', '2025-10-15'),
      'unknown municipality "ajaxx" (did you mean "ajax"?)',
    ));

  it('refuses an unknown version', () =>
    expectRefusal(
      'endorse',
      endorse('ajax', '--action', 'co-signed', '--date', '2025-10-15', '--version', '2.0'),
      'open-data-standard has no version 2.0: it has "1.0"',
    ));

  it('refuses a decision already recorded', () =>
    expectRefusal(
      'endorse',
      endorse('brock', '--action', 'co-signed', '--date', '2025-10-20'),
      'brock already recorded "co-signed" on version 1.0 of open-data-standard (DEMO-F-07, 2025-10-01)',
    ));

  it('refuses a date in the future', () =>
    expectRefusal(
      'endorse',
      endorse('ajax', '--action', 'co-signed', '--date', '2999-01-01'),
      '--date 2999-01-01 is in the future',
    ));

  it('refuses a date that is not a date', () =>
    expectRefusal(
      'endorse',
      endorse('ajax', '--action', 'co-signed', '--date', '2025-02-30'),
      '--date 2025-02-30 is not a real calendar date',
    ));

  it('refuses a decision dated before its version was published', () =>
    expectRefusal(
      'endorse',
      endorse('ajax', '--action', 'co-signed', '--date', '2025-08-01'),
      /open-data-standard\/index\.mdx:\d+:11: endorsements\[1\]\.date: 2025-08-01 is before version 1\.0 was published \(2025-09-01\)/,
    ));

  it('refuses a policy file that is already invalid, rather than leave it so', () =>
    expectRefusal(
      'endorse',
      endorse('ajax', '--action', 'co-signed', '--date', '2025-10-15'),
      'status: must be one of',
      [{ file: policy, replace: ['status: proposed', 'status: approved'] }],
    ));

  it('is not held up by an error elsewhere that was there before', () => {
    const dir = registry([{ file: 'topics/privacy.yaml', write: 'name: Privacy\nname_fr: [unclosed\n' }]);
    const result = run('endorse', endorse('ajax', '--action', 'co-signed', '--date', '2025-10-15'), dir);
    expect(result.status, result.stderr).toBe(0);
    expect(read(dir, policy)).toContain('  - municipality: ajax\n');
  });

  it('refuses an unknown action, and a decision without its instrument', () => {
    expectRefusal(
      'endorse',
      endorse('ajax', '--action', 'signed', '--date', '2025-10-15'),
      '--action must be one of co-signed, adopted, adapted, rescinded',
      [],
      2,
    );
    expectRefusal(
      'endorse',
      ['open-data-standard', 'ajax', '--action', 'co-signed', '--date', '2025-10-15'],
      '--instrument is required',
      [],
      2,
    );
  });

  it('explains itself', () => {
    const result = run('endorse', ['--help'], registry());
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^Usage: npm run endorse -- <slug> <municipality> --action <action> --date YYYY-MM-DD/,
    );
  });
});

describe('writing', () => {
  it('is all or nothing: a failure part-way removes what was already written', () => {
    const dir = join(outputRoot, 'authoring', 'atomic');
    mkdirSync(join(dir, 'occupied', 'inside'), { recursive: true });
    writeFileSync(join(dir, 'kept.txt'), 'before');
    const before = snapshot(dir);
    expect(() =>
      writeAtomically([
        { path: join(dir, 'new.txt'), text: 'new' },
        // Replacing a folder with a file fails, after new.txt is in place.
        { path: join(dir, 'occupied'), text: 'x', before: 'x' },
      ]),
    ).toThrow();
    expect(snapshot(dir)).toEqual(before);
  });
});
