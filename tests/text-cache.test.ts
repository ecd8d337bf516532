/**
 * Rendered texts are kept in Astro's cache folder between builds (src/registry/texts.ts):
 * a build that finds them renders the same pages, and a text edited since is rendered anew.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRegistry, outputRoot, projectRoot } from './support/build.ts';
import { copyWithEdits } from './support/fixture-copy.ts';

const name = join('text-cache', 'build');
const cache = join(outputRoot, name, 'cache', 'texts');
const page = (outDir: string) => readFileSync(join(outDir, 'policies/skills-guideline/index.html'), 'utf8');
const kept = () =>
  readdirSync(cache, { recursive: true }).filter((file) => String(file).endsWith('.json')).length;

describe('the text cache', () => {
  it('keeps every text once per language, gives the same pages from it, and renders an edited text anew', async () => {
    const content = copyWithEdits(
      resolve(projectRoot, 'tests/fixtures/registry'),
      join(outputRoot, 'text-cache', 'content'),
    );
    const first = await buildRegistry({ content, name });
    expect(first.code, first.output).toBe(0);
    const before = page(first.outDir);
    // 9 published texts and 1 frozen version, in English and French.
    expect(kept()).toBe(20);

    const second = await buildRegistry({ content, name });
    expect(second.code, second.output).toBe(0);
    expect(page(second.outDir)).toBe(before);
    expect(kept()).toBe(20);

    copyWithEdits(resolve(projectRoot, 'tests/fixtures/registry'), content, [
      {
        file: 'policies/skills-guideline/index.mdx',
        replace: [
          'Help residents use online services.',
          'Help residents use online services: zebracrossing.',
        ],
      },
    ]);
    const third = await buildRegistry({ content, name });
    expect(third.code, third.output).toBe(0);
    expect(page(third.outDir)).toContain('Help residents use online services: zebracrossing.');
    // The edited text is new in both languages; the old ones stay until the cache is cleared.
    expect(kept()).toBe(22);
  });
});
