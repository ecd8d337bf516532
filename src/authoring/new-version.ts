import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { today, versionSchema } from '../schemas/index.ts';
import { loadGazetteer } from '../registry/gazetteer/gazetteer-files.ts';
import { compareVersions } from '../lib/versions.ts';
import { Refusal, UsageError, type Command } from './cli.ts';
import { frozenVersionText, nextMinor, revisionRefusals } from './freeze.ts';
import { openFrontmatter, setScalar } from './frontmatter.ts';
import { requireId } from './registry-ids.ts';
import { writeContent } from './write-content.ts';

const options = { date: { type: 'string' } } as const;

export const newVersion: Command<typeof options> = {
  options,
  usage: `Usage: npm run new:version -- <slug> [<version>] [--date YYYY-MM-DD]

Freezes the current text of a policy into content/policies/<slug>/versions/<old>.mdx,
exactly as councils signed it, and makes index.mdx the next version, ready to edit.
Endorsements of the old version stay valid; the site shows them as of an earlier version
until each council co-signs the new one.

  <slug>            the policy
  <version>         the new version, e.g. "2.0"; default the next minor version
                    ("1.1" after "1.0")
  --date <date>     the new version's publication date; default today
  --content <dir>   the content folder; default content/ or $COMMON_GROUND_CONTENT

Refuses, writing nothing, an unknown policy, a draft (edit a draft's text directly),
a version that is not later than the current one or already has a file, a file that is
not UTF-8, and any change that would leave the registry invalid. Waits while another
command writes to the same content folder.`,
  run({ positionals, values, contentDir }) {
    const [slug, requested, ...extra] = positionals;
    if (!slug || extra.length) throw new UsageError('Give a slug and, optionally, the new version.');
    requireId(contentDir, 'policies', slug);
    const indexPath = join(contentDir, 'policies', slug, 'index.mdx');
    const index = openFrontmatter(indexPath, relative(process.cwd(), indexPath));
    const current = String(index.doc.get('version'));
    if (index.doc.get('status') === 'draft') {
      throw new Refusal(`${slug} is a draft: no council has seen it, so edit its text directly`);
    }
    const next = requested ?? nextMinor(current);
    if (!versionSchema.safeParse(next).success)
      throw new UsageError(`"${next}" is not a version such as "2.0"`);
    if (compareVersions(next, current) <= 0) {
      throw new Refusal(revisionRefusals.notLater(next, current));
    }
    const frozenPath = join(contentDir, 'policies', slug, 'versions', `${current}.mdx`);
    if (existsSync(frozenPath)) {
      throw new Refusal(revisionRefusals.frozenAlready(relative(process.cwd(), frozenPath), current));
    }

    // The frozen file keeps the signed body byte for byte, so its text hash does not change.
    const frozenText = frozenVersionText(index.doc, index.body);
    // The next version starts without a `changes` (its pages say "Not recorded" until it is
    // written): the old one is frozen with the text it tells about.
    index.doc.delete('changes');
    setScalar(index.doc, 'version', next);
    setScalar(index.doc, 'published', values.date ?? today());
    writeContent(
      contentDir,
      [
        { path: frozenPath, text: frozenText },
        { path: indexPath, text: index.print(), before: index.text },
      ],
      loadGazetteer(),
    );
    return `Froze version ${current} in ${relative(process.cwd(), frozenPath)}; ${relative(process.cwd(), indexPath)} is now version ${next}.
Next: edit the text, say what changed in one sentence (changes:), and set status to proposed
(or under-review) when councils are asked to co-sign ${next}.`;
  },
};
