import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { idSchema, languages, policyKinds, today, type Language, type PolicyKind } from '../schemas/index.ts';
import { loadGazetteer } from '../registry/gazetteer/gazetteer-files.ts';
import { Refusal, UsageError, type Command } from './cli.ts';
import { requireId } from './registry-ids.ts';
import { policySkeleton } from './skeleton.ts';
import { writeContent } from './write-content.ts';

const options = {
  region: { type: 'string' },
  topic: { type: 'string', multiple: true },
  kind: { type: 'string' },
  title: { type: 'string' },
  lang: { type: 'string' },
} as const;

export const newPolicy: Command<typeof options> = {
  options,
  usage: `Usage: npm run new:policy -- <slug> --region <id> --topic <id> [options]

Creates content/policies/<slug>/index.mdx: a complete, valid draft (status draft,
version "1.0", published today) with the sections a policy usually has and an example
of each element the text may use. Edit it, then set status to proposed when the
region opens it for co-signing.

  <slug>            the policy's permanent id, in its address: kebab-case, e.g.
                    durham-records-retention
  --region <id>     the region that publishes it (content/regions/<id>.yaml); leave
                    it out for a single municipality's own policy
  --topic <id>      a topic it is filed under (content/topics/<id>.yaml); repeat for
                    more than one
  --kind <kind>     ${policyKinds.join(', ')}; default guideline with
                    --region, policy without
  --title <text>    the title; default the slug in words
  --lang <en|fr>    the language of the text; default en
  --content <dir>   the content folder; default content/ or $COMMON_GROUND_CONTENT

Refuses, writing nothing, an invalid or existing slug, an unknown region or topic.`,
  run({ positionals, values, contentDir }) {
    const [slug, ...extra] = positionals;
    if (!slug || extra.length) throw new UsageError('Give one slug.');
    if (!idSchema.safeParse(slug).success)
      throw new UsageError(`"${slug}" is not a valid slug: use lowercase letters, digits and single hyphens`);
    const topics = values.topic ?? [];
    if (!topics.length) throw new UsageError('Give at least one --topic.');
    const kind = (values.kind ?? (values.region ? 'guideline' : 'policy')) as PolicyKind;
    if (!policyKinds.includes(kind)) throw new UsageError(`--kind must be one of ${policyKinds.join(', ')}`);
    const lang = (values.lang ?? 'en') as Language;
    if (!languages.includes(lang)) throw new UsageError('--lang must be en or fr');

    const folder = join(contentDir, 'policies', slug);
    const path = join(folder, 'index.mdx');
    if (existsSync(folder)) {
      throw new Refusal(
        `${relative(process.cwd(), folder)}/ already exists: choose another slug, or use npm run new:version to revise that policy`,
      );
    }
    if (values.region) requireId(contentDir, 'regions', values.region);
    for (const topic of topics) requireId(contentDir, 'topics', topic);

    const text = policySkeleton({
      title: values.title ?? titleFromSlug(slug),
      kind,
      topics,
      region: values.region,
      lang,
      published: today(),
    });
    writeContent(contentDir, [{ path, text }], loadGazetteer());
    return `Created ${relative(process.cwd(), path)}: a draft ${kind}, version 1.0.
Next: write the text (npm run dev shows drafts), run npm run check, and set status to
proposed when the region opens it for co-signing.`;
  },
};

function titleFromSlug(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
