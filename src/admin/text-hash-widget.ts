import { createElement, useEffect, useState } from 'react';

/**
 * The `textHash` of a council decision, filled in by the form: the clerk picks the policy and
 * the version decided on, and this widget looks up that version's text hash in the site's own
 * open data (`/data/versions.json`, the same hashes the check computes). It cannot be typed:
 * a decision whose version has no published text gets no hash, and Decap refuses to save a
 * required field left empty, so no decision is stored unpinned.
 */
interface VersionRecord {
  policy: string;
  version: string;
  textHash: string;
}

interface Props {
  value?: string;
  onChange: (value: string) => void;
  forID: string;
  classNameWrapper: string;
  entry: { getIn: (path: string[]) => unknown };
}

let versions: Promise<VersionRecord[]> | undefined;

function publishedVersions(): Promise<VersionRecord[]> {
  // Relative to /admin/, so that a site served from a sub-path finds its own data.
  versions ??= fetch(new URL('../data/versions.json', document.baseURI)).then(
    (response) => response.json() as Promise<VersionRecord[]>,
  );
  return versions;
}

const normalize = (version: string) => version.replace(/^(\d+)\.0*(\d)/, '$1.$2');

function TextHashControl({ value, onChange, forID, classNameWrapper, entry }: Props) {
  const policy = String(entry.getIn(['data', 'policy']) ?? '');
  const version = String(entry.getIn(['data', 'version']) ?? '');
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    let current = true;
    void publishedVersions().then((records) => {
      if (!current) return;
      const found = records.find((r) => r.policy === policy && normalize(r.version) === normalize(version));
      setMissing(!found);
      const hash = found?.textHash ?? '';
      if (hash !== (value ?? '')) onChange(hash);
    });
    return () => {
      current = false;
    };
  }, [policy, version]);
  return createElement('output', { id: forID, className: classNameWrapper, 'aria-live': 'polite' }, [
    value ||
      (missing && policy && version
        ? `Version ${version} of ${policy} is not published: check the policy and the version.`
        : 'Filled in from the policy and the version.'),
  ]);
}

export const textHashWidget = TextHashControl as never;
