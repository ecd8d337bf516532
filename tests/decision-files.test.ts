/**
 * A council decision in a file of its own (`policies/<slug>/decisions/*.yaml`, what the editor
 * at /admin/ writes): read with the frontmatter's endorsements as one list by the check and
 * the build, held to the same rules with messages naming the decision file, and never in
 * git conflict with another clerk's decision on the same policy.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAgainstBase } from '../src/check/base/index.ts';
import { checkContent, formatProblem } from '../src/check/index.ts';
import { readContent } from '../src/check/source.ts';
import { loadGazetteer } from '../src/registry/gazetteer/gazetteer-files.ts';
import { textHash } from '../src/text/text-hash.ts';
import { buildRegistry, outputRoot, projectRoot } from './support/build.ts';
import { copyWithEdits } from './support/fixture-copy.ts';
import type { Edit } from './fixtures/invalid-cases.ts';

const fixture = resolve(projectRoot, 'tests/fixtures/registry');
const folder = 'policies/data-principles/decisions';
const currentHash = textHash(
  readContent(fixture).files.find((file) => file.kind === 'policy' && file.id === 'data-principles')!.body,
);

/** A decision file as the editor writes it. */
function decision(fields: Record<string, string>): string {
  return Object.entries({
    policy: 'data-principles',
    municipality: 'brock',
    action: 'co-signed',
    version: '"1.1"',
    date: "'2025-07-01'",
    body: 'Council',
    instrument: 'DEMO-F-90',
    textHash: currentHash,
    ...fields,
  })
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}\n`)
    .join('');
}

function checked(name: string, edits: Edit[]) {
  const content = copyWithEdits(fixture, join(outputRoot, 'decision-files', name, 'content'), edits);
  const result = checkContent(content, loadGazetteer());
  return { content, result, lines: result.problems.map(formatProblem) };
}

describe('a decision file', () => {
  it('is valid beside the frontmatter, and joins the policy’s endorsements', () => {
    const { result, lines } = checked('valid', [
      { file: `${folder}/2025-07-01-brock-co-signed.yaml`, write: decision({}) },
    ]);
    expect(lines).toEqual([]);
    const endorsements = result.sources.policies.get('data-principles')!.data.endorsements;
    expect(endorsements.at(-1)).toMatchObject({
      municipality: 'brock',
      version: '1.1',
      textHash: currentHash,
    });
    expect(endorsements.at(-1)).not.toHaveProperty('policy');
  });

  it.each([
    {
      rule: 'a text hash is required, and the check names it',
      write: decision({ textHash: '' }),
      expected: `decisions/x.yaml:1:1: textHash: is required in a decision file: it pins the text of version 1.1 the council decided on; add the line "textHash: ${currentHash}" (the hash of that text now)`,
    },
    {
      rule: 'a date in the future is refused in the check’s words',
      write: decision({ date: "'2999-01-01'" }),
      expected:
        'decisions/x.yaml:5:7: date: is in the future; record a decision or publication only once it has happened',
    },
    {
      rule: 'a decision before its version was published',
      write: decision({ date: "'2025-05-01'" }),
      expected:
        'decisions/x.yaml:5:7: date: 2025-05-01 is before version 1.1 was published (2025-06-01); a council cannot decide on a text before it exists: check the date or the version',
    },
    {
      rule: 'a duplicate of a frontmatter endorsement',
      write: decision({
        municipality: 'ajax',
        version: '"1.0"',
        date: "'2024-02-01'",
        textHash: 'sha256:8675f088a79d18a32fc1b65d22f588ddfbe8dce6cf2da27193628e2789bcac3f',
      }),
      expected:
        'decisions/x.yaml:1:1: "ajax" already recorded "co-signed" on version 1.0 (index.mdx, endorsements[0]); remove the duplicate',
    },
    {
      rule: 'a text hash that is not the text’s',
      write: decision({ textHash: `sha256:${'0'.repeat(64)}` }),
      expected: `decisions/x.yaml:8:11: textHash: "brock" signed version 1.1 with text hash sha256:${'0'.repeat(64)}, but the text of version 1.1 (index.mdx) now hashes to ${currentHash}`,
    },
    {
      rule: 'an unknown municipality',
      write: decision({ municipality: 'brok' }),
      expected: 'decisions/x.yaml:2:15: municipality: unknown municipality "brok" (did you mean "brock"?)',
    },
    {
      rule: 'a file in another policy’s folder',
      write: decision({ policy: 'open-data-standard' }),
      expected:
        'decisions/x.yaml:1:9: policy: is "open-data-standard", but the file is in the folder of "data-principles": move the file to content/policies/open-data-standard/decisions/, or correct the policy',
    },
  ])('$rule', ({ rule, write, expected }) => {
    const { lines } = checked(rule.replace(/\W+/g, '-'), [{ file: `${folder}/x.yaml`, write }]);
    expect(lines.find((line) => line.includes('decisions/x.yaml'))).toContain(expected);
  });

  it('is shown on the built policy page and counted in the open data', async () => {
    const content = copyWithEdits(fixture, join(outputRoot, 'decision-files', 'build', 'content'), [
      { file: `${folder}/2025-07-01-brock-co-signed.yaml`, write: decision({}) },
    ]);
    const result = await buildRegistry({ content, name: 'decision-files-build' });
    expect(result.code, result.output).toBe(0);
    const page = readFileSync(join(result.outDir, 'policies/data-principles/index.html'), 'utf8');
    expect(page).toContain('DEMO-F-90');
    const endorsements = JSON.parse(readFileSync(join(result.outDir, 'data/endorsements.json'), 'utf8')) as {
      instrument: string;
      textHash: string;
    }[];
    expect(endorsements.find((e) => e.instrument === 'DEMO-F-90')?.textHash).toBe(currentHash);
  }, 240_000);
});

describe('eight clerks recording decisions on one policy in the same week', () => {
  it('merge in git without a conflict', () => {
    const repo = join(outputRoot, 'decision-files', 'git');
    copyWithEdits(fixture, join(repo, 'content'));
    // Only the decision files name the current version 1.1: the comparison below must find them.
    const index = join(repo, 'content/policies/data-principles/index.mdx');
    writeFileSync(
      index,
      readFileSync(index, 'utf8').replace(/^  - municipality:.*\n(?:    .*\n)*/gm, (item) =>
        item.includes('version: "1.1"') ? '' : item,
      ),
    );
    // Whitby's own text is adopted by its adapted decision on 1.1, taken away with the others.
    rmSync(join(repo, 'content/policies/whitby-data-principles'), { recursive: true });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Clerk', '-c', 'user.email=clerk@example.org', ...args], {
        cwd: repo,
        encoding: 'utf8',
      });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'registry');
    const clerks = ['ajax', 'brock', 'oshawa', 'pickering', 'whitby', 'trois-rivieres', 'ajax', 'brock'];
    const actions = [
      'adopted',
      'co-signed',
      'co-signed',
      'co-signed',
      'co-signed',
      'co-signed',
      'rescinded',
      'adopted',
    ];
    clerks.forEach((municipality, i) => {
      const date = `2025-07-0${i + 1}`;
      git('checkout', '-qb', `clerk-${i}`, 'main');
      mkdirSync(join(repo, 'content', folder), { recursive: true });
      writeFileSync(
        join(repo, 'content', folder, `${date}-${municipality}-${actions[i]}.yaml`),
        decision({ municipality, action: actions[i]!, date: `'${date}'`, instrument: `DEMO-F-9${i}` }),
      );
      git('add', '.');
      git('commit', '-qm', `${municipality} ${actions[i]}`);
    });
    git('checkout', '-q', 'main');
    for (let i = 0; i < clerks.length; i++) git('merge', '-q', '--no-edit', `clerk-${i}`);
    const { problems } = checkContent(join(repo, 'content'), loadGazetteer());
    expect(problems.map(formatProblem)).toEqual([]);
    expect(git('ls-files', `content/${folder}`).trim().split('\n')).toHaveLength(8);

    // A change that edits the text they signed and deletes their files with it is still
    // refused by the comparison with the registry before it (npm run check -- --base).
    git('checkout', '-qb', 'sneaky', 'main');
    git('rm', '-rq', `content/${folder}`);
    writeFileSync(
      index,
      readFileSync(index, 'utf8').replace(/\n## /, '\nA sentence added after signing.\n\n## '),
    );
    git('commit', '-qam', 'edit a signed text');
    const lines = checkAgainstBase(join(repo, 'content'), 'main').map(formatProblem);
    expect(lines.join('\n')).toMatch(/policies\/data-principles\/index\.mdx:\d+:\d+: .*was changed/);
  });
});
