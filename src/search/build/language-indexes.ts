import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FromPagefindWorker, ToPagefindWorker } from './pagefind-messages.ts';

export interface PagefindFile {
  path: string;
  content: Uint8Array;
}

export interface LanguageIndexes {
  /** Indexes a page of the language its `<html lang>` names; resolves once Pagefind has it. */
  add(lang: string, url: string, content: string): Promise<string[]>;
  /** Every index's files once all are built: one `pagefind/` folder for every language. */
  files(): Promise<{ files: PagefindFile[]; errors: string[] }>;
  close(): Promise<void>;
}

/**
 * The search index, built as one Pagefind index per language, side by side in worker threads
 * (pagefind-worker.ts), each with a Pagefind process of its own. Pagefind indexes one page at
 * a time in one process; it also writes each language as an index of its own
 * (`pagefind.<lang>_<hash>.pf_meta`, `index/<lang>_…`, `fragment/<lang>_…`, the same files
 * and hashes whether built alone or with others), so languages can be indexed apart and put
 * in one folder: at 1,000 policies, 32 s with one process, 21 s with two. A language goes to
 * one worker only; there are at most as many workers as cores.
 */
export function startLanguageIndexes(limit = availableParallelism()): LanguageIndexes {
  const workers: IndexWorker[] = [];
  const byLanguage = new Map<string, IndexWorker>();
  const workerFor = (lang: string) => {
    let worker = byLanguage.get(lang);
    if (!worker) {
      if (workers.length < Math.max(1, limit)) workers.push(startWorker());
      worker = workers.reduce((least, next) => (next.languages < least.languages ? next : least));
      worker.languages += 1;
      byLanguage.set(lang, worker);
    }
    return worker;
  };
  return {
    add: (lang, url, content) => workerFor(lang).add(url, content),
    async files() {
      // A site with nothing to index still gets Pagefind's files and an entry, for /search/.
      if (!workers.length) workerFor('');
      const built = await Promise.all(workers.map((worker) => worker.files()));
      return mergeIndexes(built);
    },
    close: async () => void (await Promise.all(workers.map((worker) => worker.close()))),
  };
}

interface IndexWorker {
  languages: number;
  add(url: string, content: string): Promise<string[]>;
  files(): Promise<{ files: PagefindFile[]; errors: string[] }>;
  close(): Promise<void>;
}

function startWorker(): IndexWorker {
  const worker = new Worker(new URL('./pagefind-worker.ts', import.meta.url));
  const waiting = new Map<number | 'files' | 'ready', (message: FromPagefindWorker) => void>();
  let next = 0;
  let stopped: string | undefined;
  // A worker that fails answers every page still waiting, so the build stops with the reason.
  const stop = (reason: string) => {
    stopped ??= reason;
    for (const answer of waiting.values()) answer({ failed: stopped });
    waiting.clear();
  };
  // Like Pagefind's own process, a worker keeps the build alive only while it owes an answer:
  // a build that stops early (a failed check after rendering) must not hang on it.
  worker.unref();
  worker.on('message', (message: FromPagefindWorker) => {
    const key = 'ready' in message ? 'ready' : 'added' in message ? message.added : 'files';
    if ('failed' in message) return stop(message.failed);
    waiting.get(key)?.(message);
    waiting.delete(key);
    if (!waiting.size) worker.unref();
  });
  worker.on('error', (error) => stop(`the search index’s worker failed: ${error.message}`));
  worker.on('exit', () => stop('the search index’s worker stopped before the index was written'));
  const ask = (key: number | 'files' | 'ready', message?: ToPagefindWorker) =>
    new Promise<FromPagefindWorker>((resolve) => {
      if (stopped) return resolve({ failed: stopped });
      if (!waiting.size) worker.ref();
      waiting.set(key, resolve);
      if (message) worker.postMessage(message);
    });
  const errorsOf = (message: FromPagefindWorker) => ('failed' in message ? [message.failed] : message.errors);
  const ready = ask('ready');
  return {
    languages: 0,
    async add(url, content) {
      const created = errorsOf(await ready);
      if (created.length) return created;
      const id = next++;
      return errorsOf(await ask(id, { add: id, url, content }));
    },
    async files() {
      await ready;
      const answer = await ask('files', { finish: true });
      return 'files' in answer ? answer : { files: [], errors: errorsOf(answer) };
    },
    close: async () => void (await worker.terminate()),
  };
}

/**
 * One folder of every language's files. The files that are not a language's own (Pagefind's
 * script, its WebAssembly, the worker) come out of every index alike; `pagefind-entry.json`
 * lists each index's languages, so the entries are merged.
 */
export function mergeIndexes(built: { files: PagefindFile[]; errors: string[] }[]): {
  files: PagefindFile[];
  errors: string[];
} {
  const errors = built.flatMap((index) => index.errors);
  const files = new Map<string, PagefindFile>();
  const entries: PagefindEntry[] = [];
  for (const file of built.flatMap((index) => index.files)) {
    if (file.path === ENTRY) {
      entries.push(JSON.parse(Buffer.from(file.content).toString('utf8')));
      continue;
    }
    const same = files.get(file.path);
    if (same && !Buffer.from(same.content).equals(file.content))
      errors.push(`two language indexes wrote different ${file.path}`);
    files.set(file.path, file);
  }
  if (entries.length) {
    // Sorted, so that the same pages always give the same file, whichever index finished first.
    const languages = entries
      .flatMap((e) => Object.entries(e.languages))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    // One language from two indexes would keep only one's pages: never published.
    for (const [i, [lang]] of languages.entries())
      if (i && languages[i - 1]![0] === lang) errors.push(`two language indexes both hold "${lang}" pages`);
    const entry = { ...entries[0]!, languages: Object.fromEntries(languages) };
    files.set(ENTRY, { path: ENTRY, content: Buffer.from(JSON.stringify(entry)) });
  }
  return { files: [...files.values()], errors };
}

const ENTRY = 'pagefind-entry.json';

/** The part of Pagefind's entry file that lists its languages (checked: pagefind-version.ts). */
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}
