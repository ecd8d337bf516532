import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { didYouMean } from '../check/suggest.ts';
import { Refusal } from './cli.ts';

/**
 * The ids present in a content folder, read from file and folder names only: enough for a
 * command to refuse an unknown id at once, with a suggestion, before the full check.
 */
export function idsIn(
  contentDir: string,
  folder: 'topics' | 'municipalities' | 'regions' | 'policies',
): string[] {
  const dir = join(contentDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .map((name) => (folder === 'policies' ? name : name.replace(/\.ya?ml$/, '')));
}

export function requireId(
  contentDir: string,
  folder: 'topics' | 'municipalities' | 'regions' | 'policies',
  id: string,
): void {
  const known = idsIn(contentDir, folder);
  if (known.includes(id)) return;
  const kind = { topics: 'topic', municipalities: 'municipality', regions: 'region', policies: 'policy' }[
    folder
  ];
  const expected =
    folder === 'policies'
      ? join(contentDir, folder, id, 'index.mdx')
      : join(contentDir, folder, `${id}.yaml`);
  throw new Refusal(
    `unknown ${kind} "${id}"${didYouMean(id, known)}: there is no ${relative(process.cwd(), expected)}`,
  );
}
