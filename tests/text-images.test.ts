/**
 * Pictures are part of the signed text: they come from the policy's own folder, exist, say
 * what they show, and are published beside the policy page byte for byte. Remote pictures
 * are refused (they can change after signing, and they track readers), and so is any path
 * that leaves the folder.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkContent, formatProblem } from '../src/check/index.ts';
import { loadGazetteer } from '../src/registry/gazetteer/gazetteer-files.ts';
import { buildRegistry, outputRoot, projectRoot } from './support/build.ts';
import { copyWithEdits } from './support/fixture-copy.ts';
import { readPage } from './support/html.ts';

const skills = 'policies/skills-guideline/index.mdx';
const picture = (line: string) => ({
  file: skills,
  replace: ['Help residents use online services.', `Help residents use online services.\n\n${line}`] as [
    string,
    string,
  ],
});

const cases: [string, string, string][] = [
  [
    'a remote picture',
    '![Seal](https://tracker.example/seal.png)',
    '16:1: image: remote images are refused: they can change after the council signed',
  ],
  [
    'a protocol-relative picture',
    '![Seal](//tracker.example/seal.png)',
    '16:1: image: remote images are refused',
  ],
  [
    'a missing picture',
    '![Map of the libraries](missing-map.png)',
    '16:1: image: "missing-map.png" does not exist in the policy folder',
  ],
  [
    'a picture without alt text',
    '![](help-desk-map.png)',
    '16:1: image: needs alt text saying what the picture shows',
  ],
  [
    'a path out of the folder',
    '![Password file](../../../etc/passwd.png)',
    '16:1: image: "../../../etc/passwd.png" is not a picture in the policy folder',
  ],
  [
    'an SVG, which can hold scripts',
    '![Seal](seal.svg)',
    '16:1: image: "seal.svg" is not a picture in the policy folder',
  ],
  [
    'a remote picture by reference',
    '![Seal][seal]\n\n[seal]: https://tracker.example/seal.png',
    '16:1: image: remote images are refused',
  ],
  [
    'an <img> element',
    '<img src="help-desk-map.png" alt="Map" />',
    '16:1: <img>: write an image as ![what it shows](picture.png)',
  ],
];

describe.each(cases)('%s', (name, line, expected) => {
  const content = copyWithEdits(
    resolve(projectRoot, 'tests/fixtures/registry'),
    join(outputRoot, 'images', name.replace(/[^a-z]+/gi, '-'), 'content'),
    [picture(line)],
  );

  it('is refused by the check, naming the line and the fix', () => {
    const lines = checkContent(content, loadGazetteer()).errors.map(formatProblem);
    expect(
      lines.find((found) => found.includes(`${skills}:${expected}`)),
      lines.join('\n'),
    ).toBeDefined();
  });
});

describe('a page saved under a picture’s name', () => {
  it('is refused: the check reads its first bytes', () => {
    const content = copyWithEdits(
      resolve(projectRoot, 'tests/fixtures/registry'),
      join(outputRoot, 'images', 'not-a-picture', 'content'),
      [{ file: 'policies/skills-guideline/fake-map.png', write: '<html><script>alert(1)</script></html>' }],
    );
    const lines = checkContent(content, loadGazetteer()).errors.map(formatProblem);
    expect(
      lines.find(
        (line) =>
          line.includes('policies/skills-guideline/fake-map.png') &&
          line.includes('is not the picture its name says (image/png)'),
      ),
      lines.join('\n'),
    ).toBeDefined();
  });
});

describe('bad pictures in one registry', () => {
  it('stop the real build with the same lines as the check', async () => {
    const content = copyWithEdits(
      resolve(projectRoot, 'tests/fixtures/registry'),
      join(outputRoot, 'images', 'all', 'content'),
      [picture(cases.map(([, line]) => line).join('\n\n'))],
    );
    const lines = checkContent(content, loadGazetteer()).errors.map(formatProblem);
    const result = await buildRegistry({ content, name: join('images', 'all') });
    expect(result.code).not.toBe(0);
    expect(lines.length).toBeGreaterThanOrEqual(cases.length);
    for (const line of lines) expect(result.output).toContain(line.slice(line.indexOf('policies/')));
  });
});

describe('a picture in the policy folder', () => {
  const dist = inject('fixtureDist');

  it('is shown on the policy page with its alt text, from the policy’s own address', () => {
    const image = readPage(dist, '/policies/skills-guideline/').querySelector('.policy-text img')!;
    expect(image.getAttribute('src')).toBe('/policies/skills-guideline/help-desk-map.png');
    expect(image.getAttribute('alt')).toBe('Map of the libraries that run the weekly help desk');
  });

  it('is published byte for byte', () => {
    expect(readFileSync(join(dist, 'policies/skills-guideline/help-desk-map.png'))).toEqual(
      readFileSync(
        resolve(projectRoot, 'tests/fixtures/registry/policies/skills-guideline/help-desk-map.png'),
      ),
    );
  });
});
