import { siteData } from './site-data.ts';

/** A version as the site's open data lists it (`/data/versions.json`), with the hash the check computes. */
export interface VersionRecord {
  policy: string;
  version: string;
  textHash: string;
}

/** Every published version, read once from the site beside the editor. */
export function publishedVersions(): Promise<VersionRecord[]> {
  return siteData<VersionRecord[]>('../data/versions.json');
}

const normalize = (version: string) => version.replace(/^(\d+)\.0*(\d)/, '$1.$2');

export async function findVersion(policy: string, version: string): Promise<VersionRecord | undefined> {
  return (await publishedVersions()).find(
    (record) => record.policy === policy && normalize(record.version) === normalize(version),
  );
}
