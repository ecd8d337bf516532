import { Worker } from 'node:worker_threads';
import type { Message, Reply } from './language-index-worker.ts';

/**
 * A Pagefind index per language, each in a Pagefind process of its own (one per worker
 * thread: language-index-worker.ts). Pagefind indexes on one core; with the English and the
 * French pages apart, a build that has only the index left to write (a warm build, where
 * every page was restored) uses both cores. Pagefind names every file of a language after it
 * (`pagefind.en_….pf_meta`, `fragment/en_…`, `wasm.en.pagefind`), so the two outputs are
 * joined by their entry file alone (mergeOutputs).
 */
export interface LanguageIndex {
  add(url: string, content: string): Promise<string[]>;
  files(): Promise<{ errors: string[]; files: { path: string; content: Uint8Array }[] }>;
  close(): Promise<void>;
}

export function languageIndex(): LanguageIndex {
  const worker = new Worker(new URL('./language-index-worker.ts', import.meta.url));
  const waiting = new Map<number, (reply: Reply) => void>();
  let next = 0;
  let failed: Error | undefined;
  worker.on('message', (reply: Reply) => {
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  worker.on('error', (error) => {
    failed = error;
    for (const settle of waiting.values()) settle({ id: -1, errors: [String(error)] });
    waiting.clear();
  });
  const ask = (request: Message) =>
    new Promise<Reply>((resolve) => {
      if (failed) return resolve({ id: -1, errors: [String(failed)] });
      const id = next++;
      waiting.set(id, resolve);
      worker.postMessage({ ...request, id });
    });
  return {
    add: async (url, content) => (await ask({ type: 'add', url, content })).errors,
    files: async () => {
      const { errors, files = [] } = await ask({ type: 'files' });
      return { errors, files };
    },
    close: async () => {
      if (!failed) await ask({ type: 'close' });
      await worker.terminate();
    },
  };
}

/** The language Pagefind gives a page: its `<html lang>`, as Pagefind reads it. */
export function pageLanguage(html: string): string {
  return /<html\b[^>]*\slang="([a-zA-Z-]+)"/.exec(html)?.[1]?.toLowerCase().split('-')[0] ?? 'unknown';
}

/**
 * One bundle from the languages' outputs: every file once (Pagefind's code is the same in
 * each), and one entry file that lists every language.
 */
export function mergeOutputs(outputs: { path: string; content: Uint8Array }[][]) {
  const files = new Map<string, { path: string; content: Uint8Array }>();
  let entry: { languages: Record<string, unknown> } | undefined;
  for (const output of outputs)
    for (const file of output) {
      if (file.path !== 'pagefind-entry.json') {
        files.set(file.path, file);
        continue;
      }
      const read = JSON.parse(Buffer.from(file.content).toString('utf8'));
      if (entry) Object.assign(entry.languages, read.languages);
      else entry = read;
    }
  if (entry)
    files.set('pagefind-entry.json', {
      path: 'pagefind-entry.json',
      content: new TextEncoder().encode(JSON.stringify(entry)),
    });
  return [...files.values()];
}
