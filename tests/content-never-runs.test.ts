/**
 * No policy text ever runs. Each payload below would write a marker file if any part of the
 * pipeline compiled or evaluated it: the content check refuses it, the real build stops on
 * it, and `astro dev`, where a text edited after start-up reaches the renderer without the
 * check, refuses to render it (tests/dev-server.test.ts). In every case the marker is never
 * written. Code shown as code (a fenced block) is published as text.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../src/check/index.ts';
import { loadGazetteer } from '../src/registry/gazetteer/gazetteer-files.ts';
import { buildRegistry, outputRoot, projectRoot } from './support/build.ts';
import { copyWithEdits } from './support/fixture-copy.ts';
import { marker, markers, payloads, write } from './fixtures/payloads.ts';

const root = join(outputRoot, 'never-runs');

const policy = (slug: string, body: string) =>
  `---\ntitle: Payload ${slug}\nsummary: A hostile text.\nkind: policy\nstatus: adopted\ntopics: [privacy]\nversion: "1.0"\npublished: "2025-01-01"\nendorsements:\n  - municipality: ajax\n    action: adopted\n    version: "1.0"\n    date: "2025-02-01"\n    instrument: Sample resolution 0\n---\n\n## Purpose\n\n${body}\n`;

const shownAsCode = `\`\`\`js\nexport const x = ${write('fenced')}\n\`\`\``;

// The payloads write into this folder: it must exist, or a payload that ran would fail to
// write its marker and pass unnoticed. Never emptied by a test: a marker is evidence.
beforeAll(() => mkdirSync(markers, { recursive: true }));

describe.each(Object.entries(payloads))('the payload %s', (name, body) => {
  const content = copyWithEdits(
    resolve(projectRoot, 'tests/fixtures/registry'),
    join(root, name, 'content'),
    [{ file: `policies/payload-${name}/index.mdx`, write: policy(name, body) }],
  );

  it('is refused by the check, naming the file and the line', () => {
    const lines = checkContent(content, loadGazetteer()).errors.map(formatProblem);
    expect(
      lines.some((line) => line.includes(`policies/payload-${name}/index.mdx:19:`)),
      lines.join('\n'),
    ).toBe(true);
  });

  it('stops the real build, and never runs', async () => {
    const result = await buildRegistry({ content, name: join('never-runs', name) });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`policies/payload-${name}/index.mdx:19:`);
    expect(existsSync(marker(name))).toBe(false);
  });
});

describe('code shown as code', () => {
  it('is published as text, and never runs', async () => {
    const content = copyWithEdits(
      resolve(projectRoot, 'tests/fixtures/registry'),
      join(root, 'fenced', 'content'),
      [{ file: 'policies/payload-fenced/index.mdx', write: policy('fenced', shownAsCode) }],
    );
    const result = await buildRegistry({ content, name: join('never-runs', 'fenced') });
    expect(result.code, result.output).toBe(0);
    const html = readFileSync(join(result.outDir, 'policies/payload-fenced/index.html'), 'utf8');
    expect(html).toContain('<code class="language-js">export const x = process.getBuiltinModule(');
    expect(existsSync(marker('fenced'))).toBe(false);
  });
});
