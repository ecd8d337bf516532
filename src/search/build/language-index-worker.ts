/**
 * One language's Pagefind index, in a worker thread of the build (language-index.ts). The
 * Pagefind Node API talks to one Pagefind process per module instance, and a worker has its
 * own: so each language is indexed by a process of its own, on its own core.
 */
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';

export type Message = { type: 'add'; url: string; content: string } | { type: 'files' } | { type: 'close' };
export type Request = Message & { id: number };

export interface Reply {
  id: number;
  errors: string[];
  files?: { path: string; content: Uint8Array }[];
}

const port = parentPort!;
// No `maxFragments` (Pagefind 1.6): it bundles many pages' fragments into one file, and
// facetTables() reads one fragment file per page.
const created = pagefind.createIndex({});

port.on('message', async (request: Request) => {
  const reply = (answer: Omit<Reply, 'id'>, transfer: ArrayBuffer[] = []) =>
    port.postMessage({ id: request.id, ...answer } satisfies Reply, transfer);
  try {
    const { index, errors } = await created;
    if (!index) return reply({ errors });
    switch (request.type) {
      case 'add':
        return reply({
          errors: (await index.addHTMLFile({ url: request.url, content: request.content })).errors,
        });
      case 'files': {
        const { files, errors: failed } = await index.getFiles();
        const copies = (files ?? []).map((file) => ({
          path: file.path,
          content: new Uint8Array(file.content),
        }));
        return reply(
          { errors: failed, files: copies },
          copies.map((file) => file.content.buffer as ArrayBuffer),
        );
      }
      case 'close':
        await pagefind.close();
        reply({ errors: [] });
        return port.close();
    }
  } catch (error) {
    reply({ errors: [String(error)] });
  }
});
