/**
 * One Pagefind index in a worker thread of the build, for the pages of the languages the
 * build hands it (language-indexes.ts). Pagefind's Node API runs one Pagefind process per
 * Node module instance, and that process indexes one page at a time; a worker thread has
 * modules of its own, so each worker gets a Pagefind process of its own, on its own core.
 *
 * Node runs this file as it is (type stripping), outside Vite: it imports nothing of the
 * registry's, only Pagefind and the message types.
 */
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { FromPagefindWorker, ToPagefindWorker } from './pagefind-messages.ts';

const port = parentPort!;
const send = (message: FromPagefindWorker) => port.postMessage(message);

// No `maxFragments` (Pagefind 1.6): it bundles many pages' fragments into one file, and
// facetTables() reads one fragment file per page.
const { index, errors } = await pagefind.createIndex({});
send({ ready: true, errors });

port.on('message', async (message: ToPagefindWorker) => {
  try {
    if ('add' in message) {
      const response = await index!.addHTMLFile({ url: message.url, content: message.content });
      send({ added: message.add, errors: response.errors });
    } else {
      const response = await index!.getFiles();
      // Pagefind answers a failure with errors and no files.
      const files = (response.files ?? []).map(({ path, content }) => ({ path, content }));
      send({ files, errors: response.errors });
      // The Pagefind process would keep the worker, and the build, alive.
      await pagefind.close();
      port.close();
    }
  } catch (error) {
    send({ failed: error instanceof Error ? error.message : String(error) });
  }
});
