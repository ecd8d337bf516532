/**
 * MDX is JavaScript: a policy's text must not be able to run code on the build machine or in
 * a reader's browser. Every hostile technique is refused with the file, the line and the
 * construct; the registry's own elements pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../src/check/index.ts';
import { mayHoldMdxSyntax } from '../src/check/rules/mdx-safety.ts';
import { loadGazetteer } from '../src/registry/gazetteer/gazetteer-files.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { UnrenderableText } from '../src/text/render.ts';
import { renderForTest } from './support/render.ts';
import { outputRoot, projectRoot } from './support/build.ts';
import { copyWithEdits } from './support/fixture-copy.ts';

const hostileDir = resolve(projectRoot, 'tests/fixtures/hostile-mdx');
const hostile = readdirSync(hostileDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const text = readFileSync(join(hostileDir, name), 'utf8');
    // Each file says what must be reported, in a YAML comment: `# expect: 14:1 <script>; …`
    const expected = /^# expect: (.*)$/m.exec(text)![1]!.split('; ');
    return { name: name.replace(/\.mdx$/, ''), text, expected };
  });

/** Problem lines from the path inside the content folder on, as for invalid-cases.ts. */
function check(files: Record<string, string>, name: string): string[] {
  const dir = copyWithEdits(
    resolve(projectRoot, 'tests/fixtures/registry'),
    join(outputRoot, 'mdx-safety', name, 'content'),
    Object.entries(files).map(([file, write]) => ({ file, write })),
  );
  return checkContent(dir, loadGazetteer()).problems.map((problem) =>
    formatProblem(problem).slice(problem.file.indexOf('/policies/') + 1),
  );
}

describe('the hostile MDX corpus', () => {
  const lines = check(
    Object.fromEntries(hostile.map(({ name, text }) => [`policies/hostile-${name}/index.mdx`, text])),
    'hostile',
  );

  it('has at least one file per technique', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(15);
  });

  it.each(hostile)('$name is refused, naming the line and the construct', ({ name, expected }) => {
    const mine = lines.filter((line) => line.startsWith(`policies/hostile-${name}/index.mdx:`));
    for (const place of expected) {
      const [position, construct] = [place.slice(0, place.indexOf(' ')), place.slice(place.indexOf(' ') + 1)];
      expect(
        mine.find((line) =>
          line.startsWith(`policies/hostile-${name}/index.mdx:${position}: ${construct}: `),
        ),
        `expected ${place} in:\n${mine.join('\n')}`,
      ).toBeDefined();
    }
    expect(mine).toHaveLength(expected.length);
  });

  it('reports nothing but the hostile files', () => {
    expect(lines.filter((line) => !line.startsWith('policies/hostile-'))).toEqual([]);
  });

  it('is refused in earlier versions too', () => {
    const script = hostile.find(({ name }) => name === 'script')!;
    const version = script.text
      .replace(/^# expect.*\n/m, '')
      .replace(/^(title|summary|kind|status|topics):.*\n/gm, '');
    const found = check(
      { 'policies/data-principles/versions/0.9.mdx': version.replace('"1.0"', '"0.9"') },
      'version',
    );
    expect(found).toEqual([
      'policies/data-principles/versions/0.9.mdx:8:1: <script>: scripts cannot run from content; remove the element',
    ]);
  });
});

describe("the registry's own elements", () => {
  it('pass: components, HTML elements, escapes, and words that look like code', () => {
    const text = readFileSync(resolve(projectRoot, 'tests/fixtures/content-components.mdx'), 'utf8');
    expect(check({ 'policies/allowed/index.mdx': text }, 'allowed')).toEqual([]);
  });

  const policy = (body: string) =>
    `---\ntitle: Misuse\nsummary: Misuse.\nkind: policy\nstatus: draft\ntopics: [privacy]\nversion: "1.0"\npublished: "2025-01-01"\n---\n\n${body}`;
  it.each([
    ['<Callout kind="danger">\nText.\n</Callout>\n', '11:10: <Callout kind>: must be one of note, warning'],
    ['<Definition>\nText.\n</Definition>\n', '11:1: <Definition>: needs term="…"'],
    ['<Definition term>\nText.\n</Definition>\n', '11:13: <Definition term>: needs a value in quotes'],
    ['<Clause id="Retention_1">\nText.\n</Clause>\n', '11:9: <Clause id>: "Retention_1" must be kebab-case'],
    [
      '<Clause id="a">\nOne.\n</Clause>\n\n<Clause id="a">\nTwo.\n</Clause>\n',
      '15:9: <Clause id>: "a" is already the id of the clause on line 11',
    ],
    [
      '<Callout type="note">\nText.\n</Callout>\n',
      '11:10: <Callout type>: is not an attribute of <Callout>; it takes kind',
    ],
    ['A <Callout>warning</Callout> inline.\n', '11:3: <Callout>: must stand on its own lines'],
    [
      '<callout>\nText.\n</callout>\n',
      '11:1: <callout>: is not an element the registry allows (did you mean "Callout"?)',
    ],
    ['<sup title="x">2</sup>\n', '11:6: <sup title>: is not an attribute of <sup>; it takes none'],
    ['City Hall<br>\n', '11:10: <br>: cannot be read as MDX'],
    ['Read <https://example.org> now.\n', '11:6: <: write a link as [text](https://…)'],
    [
      'import duties apply to goods\n',
      '11:1: import: a line starting with "import" or "export" is read as JavaScript',
    ],
    ['A {b\n\nc {d} e\n', '11:3: {: starts a JavaScript expression'],
  ])('%j is reported as %s', (body, expected) => {
    const found = check({ 'policies/misuse/index.mdx': policy(body) }, 'misuse');
    expect(
      found.find((line) => line.startsWith(`policies/misuse/index.mdx:${expected}`)),
      found.join('\n'),
    ).toBeDefined();
  });
});

describe('the renderer', () => {
  // The check and the renderer judge the same tree, so a text that bypassed the check (an
  // edit while astro dev runs) is refused by the renderer, never rendered in part.
  it.each(hostile.filter(({ name }) => name !== 'frontmatter-smuggling'))(
    'refuses $name on its own, naming the file and the line',
    ({ name, text }) => {
      const body = splitFrontmatter(text)!.body;
      expect(() => renderForTest(body, { file: `${name}.mdx` })).toThrow(UnrenderableText);
      expect(() => renderForTest(body, { file: `${name}.mdx` })).toThrow(
        new RegExp(`^${name}\\.mdx: line \\d+:\\d+: `),
      );
    },
  );

  it('renders the registry’s own elements', () => {
    const body = splitFrontmatter(
      readFileSync(resolve(projectRoot, 'tests/fixtures/content-components.mdx'), 'utf8'),
    )!.body;
    const { html } = renderForTest(body, { file: 'content-components.mdx' });
    expect(html).toContain(
      '<aside class="callout warning"><p class="callout-label" lang="en"><strong>Warning</strong></p>',
    );
    expect(html).not.toMatch(/<script|on[a-z]+=/i);
  });
});

describe('the shortcut past parsing', () => {
  it('parses every body that could hold code', () => {
    for (const { text } of hostile)
      expect(mayHoldMdxSyntax(text.slice(text.indexOf('---', 4) + 3))).toBe(true);
  });

  it('skips plain Markdown, which is most of a registry', () => {
    const plain = readFileSync(
      resolve(projectRoot, 'tests/fixtures/registry/policies/data-principles/index.mdx'),
      'utf8',
    );
    expect(mayHoldMdxSyntax(plain.slice(plain.indexOf('---', 4) + 3))).toBe(false);
    expect(mayHoldMdxSyntax('Roles & responsibilities; data are exported, and imported.')).toBe(false);
  });
});
