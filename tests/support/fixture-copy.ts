/** Writes a bad fixture: a copy of a valid content folder with a few deliberate edits. */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Edit } from '../fixtures/invalid-cases.ts';

export function copyWithEdits(from: string, to: string, edits: Edit[] = []): string {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  for (const edit of edits) {
    const path = join(to, edit.file);
    if ('remove' in edit) rmSync(path);
    else if ('write' in edit) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, edit.write);
    } else {
      const before = readFileSync(path, 'utf8');
      const [search, replacement] = edit.replace;
      // An edit that matches nothing would leave the fixture valid and the test meaningless.
      if (!before.includes(search))
        throw new Error(`Edit of ${edit.file} found nothing to replace: ${search}`);
      writeFileSync(path, before.replace(search, replacement));
    }
  }
  return to;
}
