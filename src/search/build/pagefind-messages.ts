/** What the build sends a Pagefind worker (pagefind-worker.ts). */
export type ToPagefindWorker =
  /** A page to index: `add` numbers it, for the answer. */
  | { add: number; url: string; content: string }
  /** Every page has been sent: build the index and send its files. */
  | { finish: true };

/** What a Pagefind worker answers. `errors` are Pagefind's own, which it reports instead of throwing. */
export type FromPagefindWorker =
  /** The worker's index exists (or could not be made: see errors). */
  | { ready: true; errors: string[] }
  /** Page number `added` is indexed. */
  | { added: number; errors: string[] }
  /** The index's files, as Pagefind would write them into `pagefind/`. */
  | { files: { path: string; content: Uint8Array }[]; errors: string[] }
  /** The Node API threw: the message. */
  | { failed: string };
