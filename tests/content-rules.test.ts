/**
 * Bad content is the normal case. For each rule of DESIGN.md, a bad fixture must stop the
 * real build with one line naming the file, the field and the fix, and leave no site behind.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../src/check/index.ts';
import { loadGazetteer } from '../src/registry/gazetteer/gazetteer-files.ts';
import { invalidCases } from './fixtures/invalid-cases.ts';
import { buildRegistry, FIXTURE_TODAY, outputRoot, projectRoot } from './support/build.ts';
import { copyWithEdits } from './support/fixture-copy.ts';

const validFixture = resolve(projectRoot, 'tests/fixtures/registry');
const slug = (rule: string) =>
  rule
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function problemLines(contentDir: string): string[] {
  return checkContent(contentDir, loadGazetteer()).problems.map(formatProblem);
}

describe('the valid fixture registry', () => {
  it('has no problem at all but the overdue review it is built to show', () => {
    // Judged on the day its build is (tests/support/build.ts), not on the clock's.
    const lines = checkContent(validFixture, loadGazetteer(), { today: FIXTURE_TODAY }).problems.map(
      formatProblem,
    );
    expect(lines).toEqual([
      expect.stringContaining(
        'cyber-standard/index.mdx:10:11: warning: reviewBy: the review due on 2027-01-15 is overdue',
      ),
    ]);
  });
});

describe.concurrent.each(invalidCases)('rule: $rule', ({ rule, edits, expected }) => {
  const contentDir = copyWithEdits(validFixture, join(outputRoot, 'invalid', slug(rule), 'content'), edits);

  it('is reported by the content check with file, line, field and fix', () => {
    const lines = problemLines(contentDir);
    expect(
      lines.find((line) => line.includes(expected)),
      `got:\n${lines.join('\n')}`,
    ).toBeDefined();
  });

  it('stops the real build, printing that line and leaving no site behind', async () => {
    // A previous good build in the output folder must not survive a failed one.
    const outDir = join(outputRoot, 'invalid', slug(rule), 'dist');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'index.html'), '<p>stale</p>');
    const result = await buildRegistry({ content: contentDir, name: join('invalid', slug(rule)) });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(expected);
    expect(result.output).toMatch(/content errors?: nothing was built/);
    expect(existsSync(outDir)).toBe(false);
  });
});
