/**
 * Every built page is valid HTML: the W3C Nu HTML checker (the `vnu-jar` package, on the
 * machine's Java) reads every page of the sample and the fixture registry, in both languages,
 * and finds no error.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';

/** The checker itself; its install script, which would fetch a Java runtime, is not approved. */
const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

async function errorsIn(
  dir: string,
  what: '--skip-non-html' | '--skip-non-svg' = '--skip-non-html',
): Promise<string[]> {
  // The checker exits non-zero when it finds an error; its report is on stderr either way.
  const { stderr } = await promisify(execFile)(
    'java',
    ['-jar', vnu, '--errors-only', '--format', 'json', what, dir],
    { maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: { code?: string; stderr?: string; message: string }) => {
    if (error.code === 'ENOENT' || !error.stderr)
      throw new Error(`The Nu HTML checker could not run: Java 17 must be on the PATH (${error.message})`);
    return { stderr: error.stderr };
  });
  const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
  return messages.map((m) => `${m.url.slice(m.url.indexOf(dir) + dir.length)}:${m.lastLine}: ${m.message}`);
}

describe('the Nu HTML checker', () => {
  it.each([
    ['the fixture registry', inject('fixtureDist')],
    ['the sample registry', inject('sampleDist')],
    ['the fixture registry with its policies list paged', inject('pagedDist')],
  ])('finds no error on any page of %s', async (_, dir) => {
    const errors = await errorsIn(dir);
    expect(errors, errors.slice(0, 20).join('\n')).toEqual([]);
  });

  // Every page is checked; these are the page types that only some registries have, so that
  // losing one from a registry would not go unnoticed here.
  it.each([
    ['the fixture registry', inject('fixtureDist'), 'whitby-data-principles'],
    ['the sample registry', inject('sampleDist'), 'oshawa-data-principles'],
  ])('checks the differences from the regional text of %s, in both languages', (_, dir, local) => {
    for (const prefix of ['', 'fr/'])
      expect(existsSync(join(dir, `${prefix}policies/${local}/differences/index.html`))).toBe(true);
  });

  // The badges a council's website shows (src/exports/embed/badges.ts): SVG 1.1 as the checker knows it.
  it('finds no error in any badge of the fixture registry', async () => {
    const dir = inject('fixtureDist');
    // Two languages' badges of 6 municipalities and of every policy.
    const badges = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svg'));
    expect(badges.length).toBeGreaterThanOrEqual(2 * 6);
    const errors = await errorsIn(dir, '--skip-non-svg');
    expect(errors, errors.slice(0, 20).join('\n')).toEqual([]);
  });
});
