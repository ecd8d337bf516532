import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Addresses are cited in council minutes, so none may silently disappear. The registry
 * keeps a manifest of every address it has published (`published-addresses.txt` beside the
 * content); a build that would lose one fails, unless a redirect to its successor is
 * declared. `npm run addresses` records the current set after a deliberate, reviewed change.
 */
export const MANIFEST = 'published-addresses.txt';

/**
 * Files that are not addresses: hashed assets and the search index change every build, the
 * editor at /admin/ (admin.ts) is a tool, not a page anyone cites, and the members' passages
 * the council package page writes a member's Word file from (`/council-package/members.json`)
 * exist only while someone has something to sign: the last decision removes them, by design.
 * Nor are the pages of a paged list (`/policies/page/2/`, `/topics/x/page/2/`): what each shows shifts as
 * policies are added, and a registry that shrinks has fewer.
 */
const NOT_ADDRESSES =
  /^\/(_astro|pagefind|admin|fr\/admin)\/|^\/favicon\.svg$|^\/404\.html$|^\/_redirects$|^\/robots\.txt$|^\/sitemap|^(\/[a-z]{2})?\/policies\/[^/]+\/council-package\/members\.json$|^(\/[a-z]{2})?\/(policies|topics\/[^/]+)\/page\/\d+\/$/;

/**
 * Every file of a built site, relative to it, with `/` between folders. Listed once per build
 * (229,000 files at 10,000 policies): the addresses and the search index both read this list.
 */
export function siteFiles(outDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else files.push(`${prefix}${entry.name}`);
    }
  };
  walk(outDir, '');
  return files;
}

/** Every address in a built site, relative to its base: `/policies/x/` for a page, `/data/x.json` for a file. */
export function builtAddresses(outDir: string, files: readonly string[] = siteFiles(outDir)): Set<string> {
  const addresses = new Set<string>();
  for (const file of files) {
    const address =
      file === 'index.html' || file.endsWith('/index.html')
        ? `/${file.slice(0, -'index.html'.length)}`
        : `/${file}`;
    if (!NOT_ADDRESSES.test(address)) addresses.add(address);
  }
  return addresses;
}

export function readManifest(contentDir: string): Set<string> | undefined {
  const path = join(contentDir, MANIFEST);
  if (!existsSync(path)) return undefined;
  return new Set(
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#')),
  );
}

export function writeManifest(contentDir: string, addresses: Set<string>): void {
  const header = [
    '# Every address this registry has published, relative to the site base. The build fails',
    '# if one would disappear without a redirect. Refresh with `npm run addresses` only after a',
    '# deliberate, reviewed change.',
  ];
  writeFileSync(join(contentDir, MANIFEST), [...header, ...[...addresses].sort()].join('\n') + '\n');
}

/**
 * Redirects for renamed policies: every published address under `/policies/<old>/` goes to
 * the same place under the new slug (`formerSlugs` in the policy's frontmatter). Files as
 * well as pages: a version's Word document, whose name carries the slug too
 * (`<old>-1.0.docx` → `<new>-1.0.docx`), a badge, a picture.
 */
export function renameRedirects(manifest: Set<string>, renames: Map<string, string>): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const [oldSlug, newSlug] of renames) {
    redirects[`/policies/${oldSlug}/`] = `/policies/${newSlug}/`;
    // Each language's twin too: `/fr/policies/<old>/…`.
    const under = new RegExp(`^(/[a-z]{2})?/policies/${oldSlug}/(.*)$`);
    const word = new RegExp(`^(v/[^/]+/)${oldSlug}(-[^/]+\\.docx)$`);
    for (const address of manifest) {
      const match = under.exec(address);
      if (match)
        redirects[address] =
          `${match[1] ?? ''}/policies/${newSlug}/${match[2]!.replace(word, `$1${newSlug}$2`)}`;
    }
  }
  return redirects;
}

/**
 * The redirects Astro writes a page for (a refresh at the old address): pages only. A file's
 * redirect is the host's, in `_redirects`; a page of HTML at a file's address would be wrong.
 */
export function pageRedirects(redirects: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(redirects).filter(([from]) => from.endsWith('/')));
}
