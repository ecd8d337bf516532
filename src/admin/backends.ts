import { GitHubBackend } from 'decap-cms-backend-github';
import { ProxyBackend } from 'decap-cms-backend-proxy';
import { planPolicySave, type PolicyCollection } from './policy-save.ts';

/**
 * The editor's two backends: Decap's GitHub backend (production) and its proxy backend
 * (`npm run admin`, decap-server on this machine), each with one change. Decap writes the
 * files of one entry in one commit (`dataFiles`); saving a policy here first reads its
 * index.mdx as stored on the branch pull requests go to, the text councils signed, and lets
 * src/admin/policy-save.ts decide the files: a revision adds `versions/<old>.mdx`, frozen
 * from the stored bytes, so the freeze and the new version are one commit and one pull
 * request, never one without the other. Registered under names of their own
 * (backend-names.ts) with Decap's public `CMS.registerBackend` (main.ts).
 */
interface DataFile {
  path: string;
  slug: string;
  raw: string;
  newPath?: string;
}

interface Entry {
  dataFiles: DataFile[];
  assets: unknown[];
}

interface PersistOptions {
  collectionName?: string;
  [option: string]: unknown;
}

/** What both backends offer: reading a file from the base branch, and persisting an entry. */
interface Backend {
  getEntry(path: string): Promise<{ data: string | null }>;
  persistEntry(entry: Entry, options: PersistOptions): Promise<unknown>;
}

const policyCollections = new Set<string>(['policies', 'revisions']);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's constructor must take any[]
type BackendClass = new (...args: any[]) => Backend;

function freezingSignedTexts<Base extends BackendClass>(Base: Base) {
  return class extends Base {
    override async persistEntry(entry: Entry, options: PersistOptions): Promise<unknown> {
      const [file, ...others] = entry.dataFiles;
      if (!file || others.length || !policyCollections.has(options.collectionName ?? ''))
        return super.persistEntry(entry, options);
      // getEntry reads the base branch (the signed text), never the change's own branch;
      // a missing file reads as '' (GitHub) or null (proxy): a new policy.
      const read = async (path: string) => (await this.getEntry(path))?.data ?? '';
      const files = await planPolicySave({
        collection: options.collectionName as PolicyCollection,
        path: file.path,
        raw: file.raw,
        stored: options.newEntry ? undefined : await read(file.path),
        exists: async (path) => (await read(path)) !== '',
      });
      return super.persistEntry(
        {
          ...entry,
          // The entry's own file stays first: Decap names the change after dataFiles[0].
          dataFiles: files
            .map(({ path, raw }) => ({
              ...file,
              path,
              raw,
              newPath: path === file.path ? file.newPath : undefined,
            }))
            .sort((a, b) => Number(b.path === file.path) - Number(a.path === file.path)),
        },
        options,
      );
    }
  };
}

export const CommonGroundGitHub = freezingSignedTexts(GitHubBackend as unknown as BackendClass);
export const CommonGroundProxy = freezingSignedTexts(ProxyBackend as unknown as BackendClass);
