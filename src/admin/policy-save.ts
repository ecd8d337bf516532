import { parseDocument, type Document } from 'yaml';
import { frozenVersionText, revisionRefusals } from '../authoring/freeze.ts';
import { quotedScalar } from '../authoring/yaml-scalars.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { normaliseBody } from '../text/text-normalise.ts';
import { compareVersions } from '../lib/versions.ts';
import { today, versionSchema } from '../schemas/primitives.ts';

/**
 * What saving a policy's `index.mdx` from the editor writes, decided from the file as it is
 * stored on the branch pull requests go to (the signed text) and the file as Decap would
 * write it. Pure, so that the rules are tested without a browser; src/admin/backends.ts
 * calls it from the backend's `persistEntry`, which puts every file it returns in one
 * commit: one change, one pull request.
 *
 * - **Policies and guidelines** (`policies`) edits a policy's details. The signed words never
 *   change there: when the text is the same (as the text hash reads it) the stored bytes are
 *   written back as they were, and a change of the text or of the version of a policy that
 *   is not a draft is refused, pointing to "Revise a guideline".
 * - **Revise a guideline** (`revisions`) is `npm run new:version` as a form: the stored text
 *   is frozen, exactly as signed, into `versions/<old>.mdx`, and index.mdx becomes the new
 *   version, published today unless another date was chosen, its `changes` the new
 *   version's own. A draft has no versions: its revision is saved as an edit, nothing frozen.
 */
export type PolicyCollection = 'policies' | 'revisions';

export interface PolicySave {
  collection: PolicyCollection;
  /** index.mdx's path in the repository, e.g. `content/policies/data-principles/index.mdx`. */
  path: string;
  /** The file as Decap serialised the form. */
  raw: string;
  /** The file as stored on the base branch; undefined for a new policy, '' when it could not be read. */
  stored: string | undefined;
  /** Whether a file exists at this path on the base branch. */
  exists: (path: string) => Promise<boolean>;
  /** The new version's publication date when the form left the old one; default today. */
  today?: string;
}

export interface PlannedFile {
  path: string;
  raw: string;
}

/** A save the editor refuses: Decap shows the message and keeps the form as it was. */
export class PolicySaveRefusal extends Error {}

interface Parsed {
  doc: Document;
  frontmatter: string;
  body: string;
}

function parse(text: string, what: string): Parsed {
  const split = splitFrontmatter(text);
  const doc = split && parseDocument(split.frontmatter);
  if (!split || !doc || doc.errors.length)
    throw new PolicySaveRefusal(`${what} has no valid frontmatter; fix it first (npm run check)`);
  return { doc, frontmatter: split.frontmatter, body: split.body };
}

const field = (doc: Document, key: string) => {
  const value = doc.get(key);
  return value === undefined || value === null ? undefined : String(value);
};

export async function planPolicySave(save: PolicySave): Promise<PlannedFile[]> {
  const written = { path: save.path, raw: save.raw };
  if (save.stored === undefined) return [written];
  // Never guess: without the stored text there is nothing to freeze or to compare with.
  if (save.stored === '')
    throw new PolicySaveRefusal(
      `${save.path} could not be read from the repository, so nothing was saved; try again`,
    );
  const stored = parse(save.stored, save.path);
  const next = parse(save.raw, 'the form');
  const status = field(stored.doc, 'status');
  const current = field(stored.doc, 'version') ?? '';
  const version = field(next.doc, 'version') ?? '';
  const sameText = normaliseBody(next.body) === normaliseBody(stored.body);

  if (status === 'draft') return [written];

  if (save.collection === 'policies') {
    if (compareVersions(version, current) !== 0)
      throw new PolicySaveRefusal(
        `version: ${current} is published; a new version is made with “Revise a guideline”, which keeps the text councils signed in versions/${current}.mdx`,
      );
    if (!sameText)
      throw new PolicySaveRefusal(
        `body: the text of version ${current} is published and is never edited in place; change it with “Revise a guideline”, which keeps the signed text in versions/${current}.mdx`,
      );
    // The details changed, the words did not: the words are written back byte for byte.
    return [{ path: save.path, raw: `---\n${next.frontmatter}---\n${stored.body}` }];
  }

  if (!versionSchema.safeParse(version).success || compareVersions(version, current) <= 0)
    throw new PolicySaveRefusal(`version: ${revisionRefusals.notLater(version, current)}`);
  const folder = save.path.replace(/\/index\.mdx$/, '');
  const frozenPath = `${folder}/versions/${current}.mdx`;
  if (await save.exists(frozenPath))
    throw new PolicySaveRefusal(`version: ${revisionRefusals.frozenAlready(frozenPath, current)}`);
  // As `npm run new:version`: the new version is published today, unless the form chose
  // another day, and starts without the old version's `changes`.
  const published = field(next.doc, 'published');
  // Quoted, as the registry writes versions and dates (an unquoted 1.10 is the number 1.1).
  next.doc.set('version', quotedScalar(version));
  next.doc.set(
    'published',
    quotedScalar(published === field(stored.doc, 'published') ? (save.today ?? today()) : String(published)),
  );
  if (field(next.doc, 'changes') === field(stored.doc, 'changes')) next.doc.delete('changes');
  return [
    { path: frozenPath, raw: frozenVersionText(stored.doc, stored.body) },
    {
      path: save.path,
      raw: `---\n${next.doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${next.body}`,
    },
  ];
}
