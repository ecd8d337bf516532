/** A version as the site's open data lists it (`/data/versions.json`), with the hash the check computes. */
export interface VersionRecord {
  policy: string;
  version: string;
  textHash: string;
}

let versions: Promise<VersionRecord[]> | undefined;

/** Every published version, read once from the site beside the editor. */
export function publishedVersions(): Promise<VersionRecord[]> {
  // Beside the editor's script (`<base>admin/cms.js`, for /fr/admin/ too), so that a site
  // served from a sub-path finds its own data; `astro dev` (trailingSlash: 'always') answers
  // the same file only with a final slash.
  const script = document.querySelector<HTMLScriptElement>('script[src$="admin/cms.js"]');
  const load = async (path: string) => {
    const response = await fetch(new URL(path, script?.src ?? document.baseURI));
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return (await response.json()) as VersionRecord[];
  };
  versions ??= load('../data/versions.json')
    .catch(() => load('../data/versions.json/'))
    .catch((error: unknown) => {
      versions = undefined; // try again at the next save rather than never
      throw error;
    });
  return versions;
}

const normalize = (version: string) => version.replace(/^(\d+)\.0*(\d)/, '$1.$2');

export async function findVersion(policy: string, version: string): Promise<VersionRecord | undefined> {
  return (await publishedVersions()).find(
    (record) => record.policy === policy && normalize(record.version) === normalize(version),
  );
}
