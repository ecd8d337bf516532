import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, relative } from 'node:path';
import { AUTHORING_LOCK } from '../check/content-folder.ts';
import { Refusal } from './cli.ts';

/**
 * One authoring command at a time per content folder. Each command reads a policy, checks
 * the registry with its change and writes it back: two at once would both read the same
 * file and the second rename would silently drop the first decision. The lock is a hidden
 * file in the content folder, created atomically (a hard link, which fails when the lock
 * exists: exactly one creator wins), holding the owner's pid, host and start time, so that
 * a command that was killed does not block the registry for good.
 *
 * Hand-written rather than `proper-lockfile`: the commands are synchronous, and that
 * package's synchronous lock neither retries nor keeps its lock fresh while the process
 * is busy, which is exactly when a long check would have it declared stale.
 */

/** The lock's name: hidden, so the content reader never takes it for a stray file. */
export const LOCK_NAME = AUTHORING_LOCK;

/** How long a command waits for another one to finish before it refuses. */
export const LOCK_WAIT_MS = 30_000;

/** A lock older than this is stale whoever holds it: no command runs for ten minutes. */
export const LOCK_MAX_AGE_MS = 10 * 60_000;

/** Who holds the lock, as written in the lock file. */
interface LockOwner {
  pid: number;
  host: string;
  /** Milliseconds since the epoch. */
  since: number;
}

export interface LockOptions {
  /** How long to wait for the lock; default {@link LOCK_WAIT_MS}. */
  waitMs?: number;
}

/**
 * Runs `work` holding the content folder's lock, so that its whole read-check-write cycle
 * sees no other command's write. Waits, with growing pauses, while another command holds
 * it; breaks a lock left by a command that is gone; refuses after `waitMs`.
 */
export function withRegistryLock<T>(contentDir: string, work: () => T, options: LockOptions = {}): T {
  const path = join(contentDir, LOCK_NAME);
  const token = acquire(path, contentDir, options.waitMs ?? LOCK_WAIT_MS);
  // Released on a refusal or an error too; a killed command leaves a stale lock instead.
  try {
    return work();
  } finally {
    release(path, token);
  }
}

function acquire(path: string, contentDir: string, waitMs: number): string {
  const deadline = Date.now() + waitMs;
  for (let pause = 10; ; pause = Math.min(pause * 2, 500)) {
    const owner: LockOwner = { pid: process.pid, host: hostname(), since: Date.now() };
    const token = JSON.stringify(owner);
    if (tryCreate(path, token, contentDir)) return token;
    const held = readLock(path);
    if (held !== undefined && isStale(held)) {
      breakLock(path, held);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new Refusal(
        `another command is writing to the registry; try again in a moment (it holds ${relative(process.cwd(), path)})`,
      );
    }
    // Jitter keeps waiting commands from retrying in step.
    sleep(pause / 2 + Math.random() * pause);
  }
}

/**
 * Creates the lock with its owner already written: the text goes to a file of this
 * process first and is linked into place, which fails if the lock exists, so no other
 * command ever reads a lock half-written.
 */
function tryCreate(path: string, token: string, contentDir: string): boolean {
  const mine = `${path}.${process.pid}.new`;
  try {
    writeFileSync(mine, token);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Refusal(`there is no content folder at ${relative(process.cwd(), contentDir) || '.'}`);
    throw error;
  }
  try {
    linkSync(mine, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(mine, { force: true });
  }
}

/** The lock file's text, or undefined when it is gone. */
function readLock(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Stale: unreadable, too old, or held by a process of this machine that no longer runs. */
function isStale(text: string): boolean {
  let owner: LockOwner;
  try {
    owner = JSON.parse(text) as LockOwner;
  } catch {
    return true;
  }
  if (!(Date.now() - owner.since < LOCK_MAX_AGE_MS)) return true;
  if (owner.host !== hostname()) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Removes a stale lock without removing a fresh one: two waiters may both find the same
 * stale lock, and the second must not delete the lock the first has just taken. The lock
 * is moved aside first (atomic), and put back if it turns out not to be the stale one.
 */
function breakLock(path: string, stale: string): void {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
  } catch {
    return; // Already broken by another waiter.
  }
  if (readLock(aside) !== stale) {
    try {
      linkSync(aside, path);
    } catch {
      // A third command took the free lock meanwhile; the write check still guards the files.
    }
  }
  rmSync(aside, { force: true });
}

/** Removes the lock if it is still this command's. */
function release(path: string, token: string): void {
  if (readLock(path) === token) rmSync(path, { force: true });
}

/** Waits without returning to the event loop: the commands are synchronous throughout. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
