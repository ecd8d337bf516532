/**
 * What the editor writes when a policy is saved (src/admin/policy-save.ts), on the fixture
 * registry's own files: a revision freezes the signed text byte for byte and bumps the
 * version, as `npm run new:version` does; a draft's revision freezes nothing; a details edit
 * never changes a signed text. The same function runs in the browser (tests/editor.test.ts
 * drives it through the form); here every rule is shown without one, hostile files included.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planPolicySave, type PolicySave } from '../src/admin/policy-save.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { textHash } from '../src/text/text-hash.ts';
import { projectRoot } from './support/build.ts';

const path = (slug: string) => `content/policies/${slug}/index.mdx`;
const stored = (slug: string) =>
  readFileSync(resolve(projectRoot, 'tests/fixtures/registry/policies', slug, 'index.mdx'), 'utf8');
const bodyOf = (text: string) => splitFrontmatter(text)!.body;

/** The file as Decap writes a form: its own YAML style, the body as the text area holds it. */
function asDecapWrites(text: string, edit: (yaml: string) => string = (yaml) => yaml, body = bodyOf(text)) {
  const yaml = splitFrontmatter(text)!.frontmatter.replace(/^(\w+): "([^"]*)"$/gm, '$1: $2');
  return `---\n${edit(yaml)}---\n${body.replace(/\n*$/, '\n')}`;
}

const save = (overrides: Partial<PolicySave> & Pick<PolicySave, 'raw'>) =>
  planPolicySave({
    collection: 'revisions',
    path: path('data-principles'),
    stored: stored('data-principles'),
    exists: async () => false,
    today: '2026-01-15',
    ...overrides,
  });

describe('revising a guideline', () => {
  const signed = stored('data-principles');
  const revised = asDecapWrites(
    signed,
    (yaml) => yaml.replace('version: 1.1', 'version: "1.2"'),
    '## Purpose\n\nThe revised text.\n',
  );

  it('freezes the stored text, byte for byte, in versions/<old>.mdx, in the same commit as the new version', async () => {
    const files = await save({ raw: revised });
    expect(files.map((file) => file.path)).toEqual([
      'content/policies/data-principles/versions/1.1.mdx',
      path('data-principles'),
    ]);
    const [frozen, index] = files;
    const changes = /^changes: .*\n/m.exec(signed)![0];
    expect(frozen!.raw).toBe(
      `---\nversion: "1.1"\npublished: "2025-06-01"\n${changes}---\n${bodyOf(signed)}`,
    );
    expect(textHash(bodyOf(frozen!.raw))).toBe(textHash(bodyOf(signed)));
    // The new version: published today, without the old version's changes, the new text.
    expect(index!.raw).toContain('version: "1.2"');
    expect(index!.raw).toContain('published: "2026-01-15"');
    expect(index!.raw).not.toContain('changes:');
    expect(bodyOf(index!.raw)).toBe('## Purpose\n\nThe revised text.\n');
    // Everything else as the form left it: the council decisions, every hash.
    expect(index!.raw.match(/textHash: /g)).toHaveLength(signed.match(/textHash: /g)!.length);
  });

  it('freezes the same bytes as npm run new:version: the same function writes them', async () => {
    const withCrlf = signed.replace(/\n/g, '\r\n');
    const [frozen] = await save({ raw: revised, stored: withCrlf });
    expect(bodyOf(frozen!.raw)).toBe(bodyOf(withCrlf));
  });

  it('keeps a date and a changes line the form gave the new version', async () => {
    const [, index] = await save({
      raw: revised
        .replace('published: 2025-06-01', 'published: 2026-01-10')
        .replace(/^changes: .*$/m, 'changes: Clearer.'),
    });
    expect(index!.raw).toContain('published: "2026-01-10"');
    expect(index!.raw).toContain('changes: Clearer.');
  });

  it('refuses a version that is not later, in the words of npm run new:version', async () => {
    await expect(save({ raw: asDecapWrites(signed) })).rejects.toThrow(
      'version: version 1.1 is not later than the current version 1.1',
    );
    await expect(save({ raw: revised.replace('version: "1.2"', 'version: "1.0"') })).rejects.toThrow(
      'not later than the current version 1.1',
    );
  });

  it('refuses to overwrite a frozen version', async () => {
    await expect(save({ raw: revised, exists: async (p) => p.endsWith('versions/1.1.mdx') })).rejects.toThrow(
      'version: content/policies/data-principles/versions/1.1.mdx already exists: version 1.1 is frozen already',
    );
  });

  it('freezes nothing for a draft: its text is edited directly', async () => {
    const draft = stored('secret-draft');
    const raw = asDecapWrites(
      draft,
      (yaml) => yaml.replace('version: 0.1', 'version: "0.2"'),
      'New words.\n',
    );
    expect(await save({ path: path('secret-draft'), stored: draft, raw })).toEqual([
      { path: path('secret-draft'), raw },
    ]);
  });
});

describe('editing a policy’s details', () => {
  const signed = stored('data-principles');
  const details = (raw: string) => save({ collection: 'policies', raw });

  it('writes the signed words back byte for byte, whatever the text area did to its spacing', async () => {
    const edited = asDecapWrites(
      signed,
      (yaml) => yaml.replace(/^summary: .*$/m, 'summary: Edited in the form.'),
      `\n${bodyOf(signed).replace(/\n/g, '  \r\n')}\n\n`,
    );
    const [file] = await details(edited);
    expect(bodyOf(file!.raw)).toBe(bodyOf(signed));
    expect(file!.raw).toContain('summary: Edited in the form.');
  });

  it('refuses an edit of a published text, and a new version, pointing to “Revise a guideline”', async () => {
    await expect(details(asDecapWrites(signed, undefined, 'Other words.\n'))).rejects.toThrow(
      /^body: the text of version 1.1 is published and is never edited in place; change it with “Revise a guideline”/,
    );
    await expect(
      details(asDecapWrites(signed, (yaml) => yaml.replace('version: 1.1', 'version: "1.2"'))),
    ).rejects.toThrow(/^version: 1.1 is published; a new version is made with “Revise a guideline”/);
  });

  it('lets a draft’s text be edited, and a new policy be written, as the form wrote them', async () => {
    const draft = stored('secret-draft');
    const raw = asDecapWrites(draft, undefined, 'New words.\n');
    expect(await save({ collection: 'policies', path: path('secret-draft'), stored: draft, raw })).toEqual([
      { path: path('secret-draft'), raw },
    ]);
    expect(await save({ collection: 'policies', path: path('new-one'), stored: undefined, raw })).toEqual([
      { path: path('new-one'), raw },
    ]);
  });

  it('refuses a stored file it cannot read, rather than guess', async () => {
    await expect(save({ raw: asDecapWrites(signed), stored: '' })).rejects.toThrow(
      'content/policies/data-principles/index.mdx could not be read from the repository, so nothing was saved; try again',
    );
    await expect(
      save({ collection: 'policies', stored: 'no frontmatter', raw: asDecapWrites(signed) }),
    ).rejects.toThrow(
      'content/policies/data-principles/index.mdx has no valid frontmatter; fix it first (npm run check)',
    );
  });
});
