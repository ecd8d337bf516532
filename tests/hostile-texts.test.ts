/**
 * Texts crafted against the renderer and the hash, found by an attacker's review: each is
 * refused by the check with its line, or rendered correctly in bounded work. (Work is bounded
 * by construction, not by timing: these inputs took minutes to hours before.)
 */
import { describe, expect, it } from 'vitest';
import { cite } from '../src/exports/citation.ts';
import { checkContent, formatProblem } from '../src/check/index.ts';
import { loadGazetteer } from '../src/registry/gazetteer/gazetteer-files.ts';
import { compareForTest, renderForTest } from './support/render.ts';
import { join, resolve } from 'node:path';
import { outputRoot, projectRoot } from './support/build.ts';
import { copyWithEdits } from './support/fixture-copy.ts';

const render = (body: string) =>
  renderForTest(body, {
    imageExists: (name) => name === 'map.png',
    imageUrl: (name) => `/policies/x/${name}`,
  });

const skills = 'policies/skills-guideline/index.mdx';
function checkWith(name: string, body: string): string[] {
  const content = copyWithEdits(
    resolve(projectRoot, 'tests/fixtures/registry'),
    join(outputRoot, 'hostile-texts', name, 'content'),
    [
      {
        file: skills,
        replace: ['Help residents use online services.', `Help residents use online services.\n\n${body}`],
      },
    ],
  );
  return checkContent(content, loadGazetteer()).errors.map((problem) =>
    formatProblem(problem).slice(problem.file.indexOf('policies/')),
  );
}

describe('the check', () => {
  it('refuses a line holding only a no-break space, which the hash reads as blank and Markdown does not', () => {
    expect(
      checkWith('nbsp', '[x]: https://example.org "\n\u00a0\nHidden sentence.\n\u00a0\n"'),
    ).toContainEqual(
      expect.stringMatching(
        /^policies\/skills-guideline\/index\.mdx:17:1: text: ends with an invisible character \(U\+00A0, a no-break space\)/,
      ),
    );
  });

  it('parses a link whose scheme is spelled with an escape, and refuses it', () => {
    expect(checkWith('escaped-scheme', '[guide](javascript\\:alert(1))')).toContainEqual(
      expect.stringMatching(/^policies\/skills-guideline\/index\.mdx:16:1: javascript: URL: /),
    );
  });

  it('refuses emphasis nested past the depth limit, as the renderer would', () => {
    const nested = `x ${'_a *a '.repeat(75)}a${' a* a_'.repeat(75)}`;
    expect(() => render(nested)).toThrow(/more than 48 levels deep/);
    expect(checkWith('emphasis', nested)).toContainEqual(
      expect.stringMatching(
        /^policies\/skills-guideline\/index\.mdx:16:\d+: text: .*more than 48 levels deep/,
      ),
    );
  });
});

describe('the renderer', () => {
  it('gives 20,000 headings with the same words each its own anchor', () => {
    const { clauses } = render('## Rule\n\n'.repeat(20_000));
    expect(clauses).toHaveLength(20_000);
    expect(new Set(clauses.map((clause) => clause.id)).size).toBe(20_000);
    expect(clauses.at(-1)!.id).toBe('rule-20000');
  });

  it('places the attributes of thousands of elements far down a text', () => {
    expect(() => render(`${'\n'.repeat(200_000)}${'<abbr title="x">y</abbr> '.repeat(4000)}`)).not.toThrow();
  });

  it('reads a text of unclosed tag openings in a code block', () => {
    expect(() => render(`\`\`\`\n${'<a</'.repeat(500_000)}\n\`\`\``)).not.toThrow();
  });

  it('keeps the page’s own anchors for the page', () => {
    const ids = render('## Endorsement ajax co-signed 1 1\n\n## Main\n\n## Signers heading\n').clauses.map(
      (clause) => clause.id,
    );
    expect(ids).toEqual(['endorsement-ajax-co-signed-1-1-2', 'main-2', 'signers-heading-2']);
  });

  it('shows a picture referred to by a label in any case', () => {
    expect(render('See ![the site map][m].\n\n[M]: map.png').html).toContain(
      '<img src="/policies/x/map.png" alt="the site map"',
    );
  });

  it('leaves footnotes their own ids and links', () => {
    const { html, clauses } = render('A fact[^1].\n\n[^1]: Its source.');
    expect(clauses).toEqual([]);
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('id="user-content-fn-1"');
  });
});

describe('comparisons', () => {
  it('show two wholly different versions as one taken out and one put in', () => {
    const words = (seed: string) => Array.from({ length: 20_000 }, (_, i) => `${seed}${i}`).join(' ');
    const comparison = compareForTest(words('a'), words('b'));
    expect(comparison.wordsDeleted).toBe(20_000);
    expect(comparison.wordsInserted).toBe(20_000);
  });
});

describe('citations', () => {
  it('escape BibTeX’s own syntax, so that a title cannot forge a field', () => {
    const { bibtex } = cite(
      {
        title: 'X}}, url = {https://evil.example}, note = {Text hash sha256:forged',
        version: '1.0',
        published: '2025-01-01',
        author: 'Durham',
        keyName: 'Durham',
        kind: 'policy',
        url: 'https://registry.example/policies/x/v/1.0/',
        textHash: 'sha256:0',
        lang: 'en',
      },
      'Common Ground',
      'en',
    );
    expect(bibtex.match(/^ {2}url = /gm)).toHaveLength(1);
    expect(bibtex).toContain('X\\}\\}, url = \\{https://evil.example\\}');
  });
});
