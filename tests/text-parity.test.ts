/**
 * The renderer keeps the meaning texts had when @astrojs/mdx compiled them. Every text of
 * the sample and the fixtures (trusted content, never a stranger's) is built once by a
 * reference Astro site with @astrojs/mdx and the components the registry used to have
 * (tests/fixtures/mdx-reference/), and rendered by src/text/: the HTML must be the same,
 * element for element and word for word. Clause anchors are the registry's own addition on
 * both sides (ids on headings and items, `#` links) and are left out of the comparison.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { isImageName } from '../src/text/images.ts';
import { renderForTest } from './support/render.ts';
import { childEnv, outputRoot, projectRoot } from './support/build.ts';

const site = join(outputRoot, 'mdx-reference');
const components = resolve(projectRoot, 'tests/fixtures/mdx-reference');

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return mdxFiles(path);
    return path.endsWith('.mdx') ? [path] : [];
  });
}

const texts = [
  ...mdxFiles(resolve(projectRoot, 'content')),
  ...mdxFiles(resolve(projectRoot, 'tests/fixtures/registry')),
  resolve(projectRoot, 'tests/fixtures/content-components.mdx'),
].map((file, n) => ({ name: relative(projectRoot, file), file, n, text: readFileSync(file, 'utf8') }));

beforeAll(() => {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'src/pages'), { recursive: true });
  mkdirSync(join(site, 'src/texts'), { recursive: true });
  writeFileSync(
    join(site, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx({ optimize: true })], markdown: { syntaxHighlight: false } };\n`,
  );
  const component = (name: string) =>
    JSON.stringify(relative(join(site, 'src/pages'), join(components, `${name}.astro`)));
  for (const { n, file, text } of texts) {
    // Each text in a folder of its own, with the pictures of its policy folder beside it.
    mkdirSync(join(site, 'src/texts', `${n}`));
    writeFileSync(join(site, 'src/texts', `${n}`, 'index.mdx'), text);
    const folder = dirname(file.endsWith('index.mdx') ? file : dirname(file));
    for (const name of readdirSync(folder).filter(isImageName))
      copyFileSync(join(folder, name), join(site, 'src/texts', `${n}`, name));
    writeFileSync(
      join(site, 'src/pages', `${n}.astro`),
      `---\nimport { Content } from '../texts/${n}/index.mdx';\nimport Callout from ${component('Callout')};\nimport Clause from ${component('Clause')};\nimport Definition from ${component('Definition')};\n---\n<div id="reference"><Content components={{ Callout, Clause, Definition }} /></div>\n`,
    );
  }
  const build = spawnSync(
    process.execPath,
    [resolve(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', site],
    {
      cwd: site,
      env: childEnv({}),
      encoding: 'utf8',
    },
  );
  if (build.status !== 0)
    throw new Error(`The reference site did not build:\n${build.stdout}\n${build.stderr}`);
});

/** Elements, attributes (sorted, Astro's scoping ones dropped) and words, white space folded. */
function canonical(node: Node): string {
  if (node instanceof TextNode) return node.text;
  if (!(node instanceof HTMLElement)) return '';
  const tag = node.tagName?.toLowerCase();
  if (node.classList?.contains('clause-link')) return '';
  // The one difference, by design: @astrojs/mdx optimises a picture into a hashed file of
  // its own, sized and decoded asynchronously; the registry publishes the reviewed file byte
  // for byte at a permanent address beside the policy (it is part of the signed text). The
  // words a reader is given, the alt text, must be the same.
  if (tag === 'img') return `<img alt="${node.getAttribute('alt')}"></img>`;
  const attributes = Object.entries(node.attributes)
    .filter(([name]) => !name.startsWith('data-astro-cid'))
    // The anchors: the reference's heading ids come from a slugger, the registry's from clause words.
    .filter(([name]) => !(name === 'id' && /^(h[1-6]|li)$/.test(tag ?? '')))
    .map(([name, value]) => `${name}="${value}"`)
    .sort()
    .join(' ');
  const inner = node.childNodes.map(canonical).join('');
  return tag ? `<${tag}${attributes ? ` ${attributes}` : ''}>${inner}</${tag}>` : inner;
}

const fold = (html: string) => html.replace(/\s+/g, ' ').replace(/> </g, '><').trim();

describe('the renderer, held to @astrojs/mdx', () => {
  it('covers every text the registry ships or tests', () => {
    expect(texts.length).toBeGreaterThan(25);
  });

  it.each(texts)('renders $name as @astrojs/mdx did', ({ n, text }) => {
    const reference = parse(readFileSync(join(site, 'dist', `${n}/index.html`), 'utf8')).querySelector(
      '#reference',
    )!;
    const { html } = renderForTest(splitFrontmatter(text)!.body, {
      file: `${n}.mdx`,
      imageExists: () => true,
    });
    expect(fold(canonical(parse(html)))).toBe(fold(reference.childNodes.map(canonical).join('')));
  });
});
