import { mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { checkContent, formatProblem } from '../check/index.ts';
import type { Gazetteer } from '../registry/gazetteer/gazetteer.ts';
import { Refusal } from './cli.ts';

/** A file a command writes: its new text, and its old one when it replaces a file. */
export interface Change {
  path: string;
  text: string;
  before?: string;
}

/**
 * Writes a command's changes only if the registry is valid with them, and all at once or
 * not at all: every rule is checked on the content as it would be (an overlay, nothing
 * written yet), each file is written to a hidden temporary file beside it and renamed into
 * place, and a failure part-way puts back what was already renamed.
 *
 * An error the change causes refuses it. So does any error in a file it touches, since the
 * file would be left invalid; errors elsewhere that were there before are not the
 * command's to fix, and are left to `npm run check`.
 */
export function writeContent(contentDir: string, changes: Change[], gazetteer: Gazetteer): void {
  const overlay = new Map(changes.map((change) => [change.path, change.text]));
  const after = checkContent(contentDir, gazetteer, { overlay }).errors;
  if (after.length) {
    const touched = new Set(changes.map((change) => relative(process.cwd(), change.path) || change.path));
    const elsewhere = after.filter((problem) => !touched.has(problem.file));
    const before = elsewhere.length
      ? new Set(checkContent(contentDir, gazetteer).errors.map(formatProblem))
      : new Set<string>();
    const caused = after.filter(
      (problem) => touched.has(problem.file) || !before.has(formatProblem(problem)),
    );
    if (caused.length) {
      throw new Refusal([
        'The registry would not be valid after this change:',
        ...caused.map((problem) => `  ${formatProblem(problem)}`),
      ]);
    }
  }
  writeAtomically(changes);
}

/** Writes every change or none; exported for the test of a failure part-way. */
export function writeAtomically(changes: Change[]): void {
  const createdFolders: string[] = [];
  const temporary = changes.map((change) =>
    join(dirname(change.path), `.${basename(change.path)}.${process.pid}.tmp`),
  );
  const renamed: Change[] = [];
  try {
    changes.forEach((change, i) => {
      const folder = dirname(change.path);
      const created = mkdirSync(folder, { recursive: true });
      if (created) createdFolders.push(created);
      writeFileSync(temporary[i]!, change.text, { flag: 'wx' });
    });
    // New files first: if the rename of a replaced file fails, no file points to a new one.
    const order = changes
      .map((change, i) => ({ change, i }))
      .sort((a, b) => Number(!!a.change.before) - Number(!!b.change.before));
    for (const { change, i } of order) {
      requireUnchanged(change);
      renameSync(temporary[i]!, change.path);
      renamed.push(change);
    }
  } catch (error) {
    for (const path of temporary) rmSync(path, { force: true });
    for (const change of renamed.reverse()) {
      if (change.before === undefined) rmSync(change.path, { force: true });
      else writeFileSync(change.path, change.before);
    }
    for (const folder of createdFolders) removeEmptyFolders(folder);
    throw error;
  }
}

/**
 * Compare-and-swap: a file is replaced only if it still holds the text the command read,
 * and created only if it is still missing. The registry lock keeps other commands out;
 * this catches an editor saving the file meanwhile, which would otherwise be lost.
 */
function requireUnchanged(change: Change): void {
  let now: string | undefined;
  try {
    now = readFileSync(change.path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (now === change.before) return;
  const path = relative(process.cwd(), change.path) || change.path;
  throw new Refusal(
    now === undefined
      ? `${path} was removed while this command was working; run it again`
      : `${path} was ${change.before === undefined ? 'created' : 'changed'} by someone else while this command was working; run it again`,
  );
}

/** Removes a folder the command created, and its subfolders, if nothing was left in them. */
function removeEmptyFolders(folder: string): void {
  try {
    for (const name of readdirSync(folder)) removeEmptyFolders(join(folder, name));
    rmdirSync(folder);
  } catch {
    // Not empty, or not a folder: leave it.
  }
}
