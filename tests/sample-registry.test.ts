/**
 * The sample registry that `npm start` serves is what people judge the project by: it
 * must be rich enough to show every feature, and honest that it is illustrative.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { checkContent } from '../src/check/index.ts';
import { standingEndorsements } from '../src/lib/endorsements.ts';
import { loadGazetteer } from '../src/registry/gazetteer/gazetteer-files.ts';
import { policyKinds, policyStatuses } from '../src/schemas/index.ts';
import { invalidCases } from './fixtures/invalid-cases.ts';
import { outputRoot, projectRoot } from './support/build.ts';
import { copyWithEdits } from './support/fixture-copy.ts';
import { readPage, text } from './support/html.ts';

const { sources, errors } = checkContent(`${projectRoot}/content`, loadGazetteer());
const policies = [...sources.policies.values()].map(({ data }) => data);
const endorsements = policies.flatMap((policy) => policy.endorsements);

describe('the sample registry', () => {
  it('passes every rule', () => {
    expect(errors).toEqual([]);
  });

  it('has at least 12 policies over 8 topics and 3 regions, with 40 endorsements', () => {
    expect(policies.length).toBeGreaterThanOrEqual(12);
    expect(new Set(policies.flatMap((policy) => policy.topics)).size).toBeGreaterThanOrEqual(8);
    expect(sources.regions.size).toBeGreaterThanOrEqual(3);
    expect(endorsements.length).toBeGreaterThanOrEqual(40);
  });

  it("includes Durham Region's eight members", () => {
    expect([...sources.regions.get('durham-region')!.data.members].sort()).toEqual([
      'ajax',
      'brock',
      'clarington',
      'oshawa',
      'pickering',
      'scugog',
      'uxbridge',
      'whitby',
    ]);
  });

  it('uses every status and every kind', () => {
    expect(new Set(policies.map((policy) => policy.status))).toEqual(new Set(policyStatuses));
    expect(new Set(policies.map((policy) => policy.kind))).toEqual(new Set(policyKinds));
  });

  it('has a policy with two versions and endorsements on both', () => {
    const twoVersions = [...sources.versions].filter(([slug]) => {
      const policy = sources.policies.get(slug)!.data;
      const versions = new Set(policy.endorsements.map((endorsement) => endorsement.version));
      return versions.size >= 2 && versions.has(policy.version);
    });
    expect(twoVersions.length).toBeGreaterThanOrEqual(1);
  });

  it('shows standing endorsements of an earlier version somewhere', () => {
    const pending = policies.some((policy) =>
      [...standingEndorsements(policy.endorsements).values()].some((e) => e.version !== policy.version),
    );
    expect(pending).toBe(true);
  });

  it('uses no resolution number that could pass for a real one', () => {
    for (const endorsement of endorsements) expect(endorsement.instrument).toMatch(/\bDEMO-/);
    for (const endorsement of endorsements) expect(endorsement.sourceUrl).toBeUndefined();
  });

  it('says on every page that it is illustrative', () => {
    for (const path of ['/', '/policies/', '/policies/durham-data-principles/', '/regions/durham-region/']) {
      expect(text(readPage(inject('sampleDist'), path).querySelector('.sample-notice'))).toContain(
        'invented for illustration',
      );
    }
  });
});

describe('npm run check', () => {
  it('passes on the sample and says how much it checked', () => {
    const output = execFileSync(process.execPath, ['scripts/check.ts'], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    expect(output).toMatch(/^Content is valid: \d+ policies, \d+ municipalities, \d+ regions, \d+ topics/);
  });

  it('reports every problem at once, one line each, and exits with 1', () => {
    const [first, second] = [invalidCases[0]!, invalidCases[3]!];
    const dir = copyWithEdits(`${projectRoot}/tests/fixtures/registry`, `${outputRoot}/check-cli/content`, [
      ...first.edits,
      ...second.edits,
    ]);
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync(process.execPath, ['scripts/check.ts', dir], {
        cwd: projectRoot,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(1);
    const lines = failure!.stderr.trim().split('\n');
    expect(lines[0]).toContain(first.expected);
    expect(lines[1]).toContain(second.expected);
    expect(lines.at(-1)).toMatch(/^2 errors in /);
  });

  it('refuses a content folder that does not exist', () => {
    expect(() =>
      execFileSync(process.execPath, ['scripts/check.ts', 'no-such-folder'], {
        cwd: projectRoot,
        stdio: 'pipe',
      }),
    ).toThrow(/no-such-folder.*does not exist/s);
  });
});
