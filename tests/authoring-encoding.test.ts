/**
 * A file saved in Windows-1252 instead of UTF-8: an authoring command that rewrote it
 * would replace its accented letters with U+FFFD for good, so every command refuses it,
 * naming the file and the line of the first bad byte, and leaves it byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputRoot, projectRoot } from './support/build.ts';
import { copyWithEdits } from './support/fixture-copy.ts';

let copies = 0;

/**
 * A fixture copy in which `file` has "Montréal" in Windows-1252 (é is the byte E9) after
 * `prefix`, on the line that starts with it; that line's number is returned.
 */
function withLatin1(file: string, prefix: string): { dir: string; bytes: Buffer; line: number } {
  const dir = copyWithEdits(
    resolve(projectRoot, 'tests/fixtures/registry'),
    join(outputRoot, 'authoring-encoding', String(copies++), 'content'),
  );
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  const line = lines.findIndex((text) => text.startsWith(prefix)) + 1;
  expect(line).toBeGreaterThan(0);
  const before = Buffer.from(lines.slice(0, line - 1).join('\n') + '\n' + prefix, 'utf8');
  const after = Buffer.from(`al ${lines[line - 1]!.slice(prefix.length)}\n${lines.slice(line).join('\n')}`);
  const bytes = Buffer.concat([before, Buffer.from('Montr', 'latin1'), Buffer.from([0xe9]), after]);
  writeFileSync(join(dir, file), bytes);
  return { dir, bytes, line };
}

function run(script: string, args: string[], contentDir: string) {
  const result = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args, '--content', contentDir], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return { status: result.status, stderr: result.stderr };
}

const message = (file: string, line: number, column: number) =>
  `${file}:${line}:${column}: the file is not UTF-8 (a byte here is not valid UTF-8, often a letter saved as Windows-1252 or Latin-1): open it in your editor and save it with the encoding UTF-8, then run the command again`;

describe('authoring commands and a file that is not UTF-8', () => {
  const policy = 'policies/open-data-standard/index.mdx';
  const endorse = [
    'open-data-standard',
    'ajax',
    '--action',
    'co-signed',
    '--date',
    '2025-10-15',
    '--instrument',
    'R-1',
  ];

  it('endorse refuses to rewrite it, naming the file, line and column', () => {
    const { dir, bytes, line } = withLatin1(policy, 'Publish open data as CSV');
    const result = run('endorse', endorse, dir);
    expect(result.status).toBe(1);
    const shown = join('tests/.output/authoring-encoding/0/content', policy);
    // Column 30: "Publish open data as CSV" is 24 characters, then "Montr", then the bad byte.
    expect(result.stderr).toBe(`${message(shown, line, 30)}\nNothing was written.\n`);
    expect(readFileSync(join(dir, policy))).toEqual(bytes);
  });

  it('new:version refuses it too, in the frontmatter as in the text', () => {
    const { dir, bytes, line } = withLatin1(policy, '    instrument: DEMO');
    const result = run('new-version', ['open-data-standard'], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`:${line}:26: the file is not UTF-8`);
    expect(readFileSync(join(dir, policy))).toEqual(bytes);
  });

  it('endorse refuses to hash a frozen version that is not UTF-8', () => {
    const frozen = 'policies/data-principles/versions/1.0.mdx';
    const { dir, line } = withLatin1(frozen, 'These principles');
    const before = readFileSync(join(dir, 'policies/data-principles/index.mdx'));
    const args = ['data-principles', 'brock', '--action', 'adopted', '--date', '2024-05-01'];
    const result = run('endorse', [...args, '--version', '1.0', '--instrument', 'B-1'], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${frozen}:${line}:22: the file is not UTF-8`);
    expect(readFileSync(join(dir, 'policies/data-principles/index.mdx'))).toEqual(before);
  });
});
