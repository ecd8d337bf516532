import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';

/**
 * The Pagefind versions whose internals the search was checked against. Beyond its public
 * Node and browser APIs, the registry reads two things Pagefind does not promise to keep:
 * its fragment files (`fragment/<lang>_<hash>.pf_fragment`, gzipped JSON behind a
 * `pagefind_dcd` signature: search-facets.ts builds the facet tables from them) and the
 * languages and page counts in `pagefind-entry.json` (search-index.ts; language-indexes.ts
 * merges the entries of indexes built apart, one per language). A new version may change either, so it
 * is refused at start-up, before anything is built, rather than giving a search that
 * silently lost its facets.
 */
const CHECKED = ['1.6'];

/** The installed Pagefind's version, from its package.json (which its exports do not list). */
export function installedPagefind(): string {
  const entry = fileURLToPath(import.meta.resolve('pagefind'));
  return (JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string })
    .version;
}

export function checkPagefindVersion(version = installedPagefind()): string {
  const minor = version.split('.').slice(0, 2).join('.');
  if (!CHECKED.includes(minor))
    throw new AstroError(
      `Pagefind ${version} is installed, but the search index was checked against Pagefind ${CHECKED.join(', ')} only.`,
      `Pin "pagefind" to a checked version in package.json, or check src/search/build/search-facets.ts (fragment format) and search-index.ts and language-indexes.ts (pagefind-entry.json) against ${version}, run the search tests, and add "${minor}" to CHECKED in src/search/build/pagefind-version.ts.`,
    );
  return version;
}
