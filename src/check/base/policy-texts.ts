import { parse } from 'yaml';
import { splitFrontmatter } from '../../lib/frontmatter.ts';
import { normalizeVersion } from '../../lib/versions.ts';

/**
 * A registry's policies as the base comparison needs them: each version's text wherever it
 * lives, and who decided on which version. Read from plain file texts, so that the registry
 * at a git commit and the one on disk are read the same way, and leniently: a file broken
 * today is the content check's to report, and one broken at the base must not hide the rest.
 */

/** One version's text and where it is written. */
export interface VersionText {
  /** The version as its file writes it: addresses use this spelling. */
  version: string;
  /** The file, relative to the content folder: `policies/x/index.mdx` or `policies/x/versions/1.0.mdx`. */
  path: string;
  /** The MDX body, as the text hash reads it (src/text/text-hash.ts). */
  body: string;
  /** The line of the file the body starts on. */
  bodyLine: number;
  /** A file in `versions/` rather than the current text in index.mdx. */
  frozen: boolean;
}

/** One policy at one moment of the registry's history. */
export interface PolicyTexts {
  slug: string;
  status?: string;
  /** The current version, from index.mdx. */
  version?: string;
  /** The line of index.mdx that gives the current version. */
  versionLine?: number;
  formerSlugs: string[];
  /** Whether it is a local adaptation (`adaptationOf`): it publishes its differences page. */
  adapts?: boolean;
  /** The municipalities that decided on each version (any action, rescissions too), by normalised version. */
  decided: Map<string, string[]>;
  /** Every version's text, by normalised version ("1.01" and "1.1" are one). */
  texts: Map<string, VersionText>;
}

const INDEX = /^policies\/([^/]+)\/index\.mdx$/;
const FROZEN = /^policies\/([^/]+)\/versions\/([^/]+)\.mdx$/;
/** A council decision in a file of its own (src/check/decisions.ts). */
export const DECISION_FILE = /^policies\/([^/]+)\/decisions\/[^/]+\.ya?ml$/;

/** The policies among `files` (content-relative path → text). */
export function readPolicyTexts(files: ReadonlyMap<string, string>): Map<string, PolicyTexts> {
  const policies = new Map<string, PolicyTexts>();
  const policy = (slug: string) => {
    let found = policies.get(slug);
    if (!found) policies.set(slug, (found = { slug, formerSlugs: [], decided: new Map(), texts: new Map() }));
    return found;
  };
  const decided = (entry: PolicyTexts, endorsement: Record<string, unknown> | undefined) => {
    const version = stringOf(endorsement?.version);
    if (version === undefined) return;
    const key = normalizeVersion(version);
    const who = entry.decided.get(key) ?? [];
    const municipality = stringOf(endorsement!.municipality) ?? '?';
    if (!who.includes(municipality)) who.push(municipality);
    entry.decided.set(key, who);
  };
  for (const [path, text] of files) {
    const decision = DECISION_FILE.exec(path);
    if (decision) {
      decided(policy(decision[1]!), lenientYaml(text));
      continue;
    }
    const index = INDEX.exec(path);
    const frozen = FROZEN.exec(path);
    if (!index && !frozen) continue;
    const split = splitFrontmatter(text);
    if (!split) continue;
    const data = lenientYaml(split.frontmatter);
    const bodyLine = lineOf(
      text.replace(/^\uFEFF/, ''),
      text.replace(/^\uFEFF/, '').length - split.body.length,
    );
    if (index) {
      const entry = policy(index[1]!);
      entry.status = stringOf(data.status);
      entry.version = stringOf(data.version);
      const versionAt = /^version[ \t]*:/m.exec(split.frontmatter);
      if (versionAt) entry.versionLine = lineOf(split.frontmatter, versionAt.index) + 1;
      if (Array.isArray(data.formerSlugs)) entry.formerSlugs = data.formerSlugs.map(String);
      entry.adapts = typeof data.adaptationOf === 'object' && data.adaptationOf !== null;
      for (const endorsement of Array.isArray(data.endorsements) ? data.endorsements : [])
        decided(entry, endorsement);
      if (entry.version !== undefined)
        entry.texts.set(normalizeVersion(entry.version), {
          version: entry.version,
          path,
          body: split.body,
          bodyLine,
          frozen: false,
        });
    } else {
      const [, slug, version] = frozen!;
      const key = normalizeVersion(version!);
      const entry = policy(slug!);
      // index.mdx, when it has the same version, is the one the site shows: keep it.
      if (!entry.texts.get(key) || entry.texts.get(key)!.frozen)
        entry.texts.set(key, {
          version: stringOf(data.version) ?? version!,
          path,
          body: split.body,
          bodyLine,
          frozen: true,
        });
    }
  }
  return policies;
}

/** The 1-based line of the character at `offset`. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Frontmatter as far as YAML can read it: fields are checked one by one where they are used. */
function lenientYaml(text: string): Record<string, any> {
  try {
    const data: unknown = parse(text);
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
