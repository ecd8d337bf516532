/**
 * Two readers the build uses for speed, held to the readers they replace: text blocks from
 * Sätteri's syntax tree must be remark's (remark-parse, remark-mdx, remark-gfm), and clause
 * anchors from the one-pass scanner must be node-html-parser's, to the byte, or the scanner
 * must step aside.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { markdownToHtml } from 'satteri';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../scripts/bench/lib/random.ts';
import { policyText, revisedText } from '../scripts/bench/lib/text.ts';
import { english, french } from '../scripts/bench/lib/words.ts';
import { anchorParsedHtml } from '../src/lib/clause-anchors-dom.ts';
import { anchorSimpleHtml } from '../src/lib/clause-anchors-scan.ts';
import { anchorClauses } from '../src/lib/clause-anchors.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { blocksOfTree, textBlocks } from '../src/lib/text-blocks.ts';
import { projectRoot } from './support/build.ts';

const remark = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return mdxFiles(path);
    return path.endsWith('.mdx') ? [path] : [];
  });
}

/** Every text the registry ships or tests, and synthetic ones in both languages. */
const bodies: [string, string][] = [
  ...[
    ...mdxFiles(join(projectRoot, 'content')),
    ...mdxFiles(join(projectRoot, 'tests/fixtures/registry')),
  ].map((file): [string, string] => [file, splitFrontmatter(readFileSync(file, 'utf8'))!.body]),
  ...[english, french].flatMap((lexicon, n) => {
    const random = createRandom(`fast-readers-${n}`);
    const context = {
      lexicon,
      topicNouns: ['data', 'record'],
      places: ['Ajax', 'Whitby'],
      topic: 'Open data',
    };
    const first = policyText(random, context, 900);
    return [
      [`synthetic ${n}`, first.body],
      [`synthetic ${n} revised`, revisedText(random, context, first).body],
    ] as [string, string][];
  }),
  ['one-line components', '<Callout>Short note.</Callout>\n\n<Definition term="Data">Facts.</Definition>'],
  ['a clause', '<Clause id="retention">\n\n**Retention.** Seven years.\n\n</Clause>'],
  [
    'GFM',
    'A footnote[^1], ~~struck~~, https://example.org.\n\n[^1]: The note.\n\n| a | b |\n| - | - |\n| c | d |',
  ],
  ['lists', '1. one\n2. two\n   - nested\n\n3) three\n\n- [ ] task'],
];

describe('text blocks', () => {
  it.each(bodies)('read %s as remark does', (_, body) => {
    expect(textBlocks(body)).toEqual(blocksOfTree(remark.parse(body) as Root));
  });
});

const cases: [string, string][] = [
  [
    'headings and clauses',
    '<h2 id="1-purpose">1. Purpose</h2><ol><li><strong>Lead.</strong> Text.</li><li>Plain words of a clause here.</li></ol>',
  ],
  [
    'nested lists',
    '<ol><li><p><strong>Purpose first.</strong> Collect less.</p><ol><li>Sub clause</li></ol></li></ol>',
  ],
  ['repeated headings', '<h2>Same</h2><h3>Same</h3><h2 id="same">Same</h2>'],
  [
    'a clause with its own id',
    '<h2>Retention period</h2><div class="clause" id="clause-retention-period" data-clause="retention-period"><p>Seven years.</p></div>',
  ],
  [
    'attributes',
    `<h2 class="a"  title='say "hi"' hidden>X</h2><h3 class="b" >Y</h3><p>a<br />b<img src="x.png" alt=""></p>`,
  ],
  [
    'a table',
    '<table><thead><tr><th>Role</th></tr></thead><tbody><tr><td>Clerk</td></tr></tbody></table><h2>After</h2>',
  ],
  ['character references', '<h2>Q&amp;A</h2><ol><li>Fish &amp; chips</li></ol>'],
  ['a comment', '<!-- note --><h2>Purpose</h2>'],
  ['code', '<pre><code>1. not a clause\n</code></pre><h2>Purpose</h2>'],
  ['a block inside a paragraph', '<p>a<div>b</div></p><h2>Purpose</h2>'],
  ['unclosed elements', '<ol><li>One<li>Two</ol>'],
  ['upper case', '<H2>Purpose</H2>'],
  ['a stray angle bracket', '<p>1 < 2</p><h2>Purpose</h2>'],
];

describe('clause anchors', () => {
  const linkTo = (id: string) => `/policies/x/v/1.0/#${id}`;

  it.each(cases)('from the scanner are the tree’s, or the tree’s own (%s)', (_, html) => {
    const tree = anchorParsedHtml(html, linkTo, 'Link to this clause');
    expect(anchorClauses(html, linkTo, 'Link to this clause')).toEqual(tree);
  });

  it('are scanned, not parsed, for every rendered policy text', () => {
    for (const [name, body] of bodies.slice(0, -4)) {
      const html = markdownToHtml(body.replace(/<\/?(Callout|Definition|Clause)\b[^>]*>/g, ''), {
        features: { frontmatter: false },
      }).html;
      const scanned = anchorSimpleHtml(html, linkTo, 'Link');
      expect(scanned, name).toBeDefined();
      expect(scanned, name).toEqual(anchorParsedHtml(html, linkTo, 'Link'));
    }
  });
});
