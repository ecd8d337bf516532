/**
 * The baseline: a bare Astro 7 site rendering the same MDX bodies as the registry (every
 * policy's index.mdx and every version file), one page each, with one trivial layout and no
 * registry feature: no content check, no indexes, no tables, no search, no exports. Same
 * Astro, same @astrojs/mdx, same default (Sätteri) Markdown processor, same machine.
 *
 * It lives in its own folder and borrows this repository's node_modules through a symlink.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';

export interface BaselineSite {
  root: string;
  dist: string;
  documents: number;
}

const config = (projectRoot: string) => `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import timings from ${JSON.stringify(join(projectRoot, 'scripts/bench/lib/timing-integration.ts'))};

// A bare site: the MDX integration and the defaults, nothing else (timings only measure).
export default defineConfig({
  site: 'https://baseline.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir: './.cache',
  integrations: [mdx(), timings()],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './docs' }),
    schema: z.object({ title: z.string() }),
  }),
};
`;

const LAYOUT = `---
interface Props {
  title: string;
}
const { title } = Astro.props;
---

<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <main>
      <slot />
    </main>
  </body>
</html>

<style>
  main {
    max-width: 42rem;
    margin: 2rem auto;
    padding: 0 1rem;
    font-family: system-ui, sans-serif;
    line-height: 1.5;
  }
</style>
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
import Layout from '../layouts/Layout.astro';

export async function getStaticPaths() {
  const docs = await getCollection('docs');
  return docs.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<Layout title={entry.data.title}>
  <h1>{entry.data.title}</h1>
  <Content />
</Layout>
`;

/**
 * Pagefind's JS API on a blank page, for the baseline's first-query figures: the query in the
 * address, the first ten results' data loaded, as any search interface does.
 */
const SEARCH_PAGE = `---
---

<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Search</title>
  </head>
  <body>
    <ol id="results"></ol>
    <script type="module" is:inline>
      const pagefind = await import('/pagefind/pagefind.js');
      const query = new URLSearchParams(location.search).get('q') ?? '';
      const search = await pagefind.search(query);
      const results = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
      document.getElementById('results').innerHTML = results
        .map((result) => '<li><a href="' + result.url + '">' + result.meta.title + '</a><p>' + result.excerpt + '</p></li>')
        .join('');
      document.body.dataset.done = String(search.results.length);
    </script>
  </body>
</html>
`;

/** Writes the baseline site for a registry content folder; returns where it is. */
export function writeBaseline(root: string, content: string, projectRoot: string): BaselineSite {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'docs'), { recursive: true });
  mkdirSync(join(root, 'src/layouts'), { recursive: true });
  mkdirSync(join(root, 'src/pages/search'), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'astro.config.mjs'), config(projectRoot));
  writeFileSync(join(root, 'src/content.config.ts'), CONTENT_CONFIG);
  writeFileSync(join(root, 'src/layouts/Layout.astro'), LAYOUT);
  writeFileSync(join(root, 'src/pages/[...slug].astro'), PAGE);
  writeFileSync(join(root, 'src/pages/search/index.astro'), SEARCH_PAGE);
  writeFileSync(
    join(root, 'package.json'),
    JSON.stringify({ name: 'baseline', private: true, type: 'module' }),
  );

  let documents = 0;
  const policies = join(content, 'policies');
  for (const slug of readdirSync(policies)) {
    const index = splitFrontmatter(readFileSync(join(policies, slug, 'index.mdx'), 'utf8'))!;
    const title = String(parse(index.frontmatter).title);
    const write = (name: string, docTitle: string, body: string) => {
      writeFileSync(join(root, 'docs', name), `---\ntitle: ${JSON.stringify(docTitle)}\n---\n${body}`);
      documents += 1;
    };
    write(`${slug}.mdx`, title, index.body);
    let versions: string[] = [];
    try {
      versions = readdirSync(join(policies, slug, 'versions'));
    } catch {
      // a policy with one version has no versions/ folder
    }
    for (const file of versions) {
      const number = file.replace(/\.mdx$/, '');
      const version = splitFrontmatter(readFileSync(join(policies, slug, 'versions', file), 'utf8'))!;
      write(`${slug}--${number.replace('.', '-')}.mdx`, `${title}, version ${number}`, version.body);
    }
  }
  return { root, dist: join(root, 'dist'), documents };
}
