import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, YAMLSeq, type Document } from 'yaml';
import { endorsementActions, pastDateSchema, type EndorsementAction } from '../schemas/index.ts';
import { loadGazetteer } from '../registry/gazetteer/gazetteer-files.ts';
import { textHash } from '../text/text-hash.ts';
import { compareVersions, normalizeVersion, sameVersion } from '../lib/versions.ts';
import { Refusal, UsageError, type Command } from './cli.ts';
import { openFrontmatter, quotedScalar } from './frontmatter.ts';
import { requireId } from './registry-ids.ts';
import { writeContent } from './write-content.ts';

const options = {
  action: { type: 'string' },
  date: { type: 'string' },
  instrument: { type: 'string' },
  source: { type: 'string' },
  version: { type: 'string' },
  body: { type: 'string' },
  notes: { type: 'string' },
  'local-policy': { type: 'string' },
} as const;

export const endorse: Command<typeof options> = {
  options,
  usage: `Usage: npm run endorse -- <slug> <municipality> --action <action> --date YYYY-MM-DD
                           --instrument "<reference>" [options]

Records a council's decision about a policy: appends it to the endorsements in
content/policies/<slug>/index.mdx, with the text hash of the version it decided on, so
that the registry can show that the signed words have not changed since.

  <slug>                the policy
  <municipality>        the deciding municipality (content/municipalities/<id>.yaml)
  --action <action>     ${endorsementActions.join(', ')} (adapted: adopted with local
                        changes; explain them with --notes)
  --date <date>         the date of the council decision, YYYY-MM-DD
  --instrument <text>   the resolution, motion or by-law, e.g. "Resolution 2025-41"
  --source <url>        the minutes or the resolution online (https://…)
  --version <version>   the version decided on; default the current one
  --body <text>         the deciding body, e.g. "General Government Committee";
                        default Council
  --notes <text>        anything a reader needs to know
  --local-policy <slug> with --action adapted: the council's own text in the registry, a
                        policy of that municipality whose adaptationOf names this version
  --content <dir>       the content folder; default content/ or $COMMON_GROUND_CONTENT

Refuses, writing nothing, an unknown policy, municipality or version, a decision already
recorded (same municipality, action and version), a date in the future or before the
version was published, a policy file that is not UTF-8, and any change that would leave
the registry invalid. Waits while another command writes to the same content folder.`,
  run({ positionals, values, contentDir }) {
    const [slug, municipality, ...extra] = positionals;
    if (!slug || !municipality || extra.length)
      throw new UsageError('Give a policy slug and a municipality id.');
    const action = values.action as EndorsementAction | undefined;
    if (!action || !endorsementActions.includes(action))
      throw new UsageError(`--action must be one of ${endorsementActions.join(', ')}`);
    if (!values.date)
      throw new UsageError('--date is required: the date of the council decision, YYYY-MM-DD');
    const date = pastDateSchema.safeParse(values.date);
    if (!date.success) throw new Refusal(`--date ${values.date} ${date.error.issues[0]!.message}`);
    if (!values.instrument) throw new UsageError('--instrument is required, e.g. "Resolution 2025-41"');
    const localPolicy = values['local-policy'];
    if (localPolicy && action !== 'adapted')
      throw new UsageError('--local-policy names the text of an adaptation: use it with --action adapted');

    requireId(contentDir, 'policies', slug);
    requireId(contentDir, 'municipalities', municipality);
    if (localPolicy) requireId(contentDir, 'policies', localPolicy);
    const indexPath = join(contentDir, 'policies', slug, 'index.mdx');
    const policy = openFrontmatter(indexPath, relative(process.cwd(), indexPath));
    const current = String(policy.doc.get('version'));
    const version = values.version ?? current;
    const signedBody = bodyOf(contentDir, slug, version, current, policy.body);

    const endorsements = endorsementList(policy.doc);
    const duplicate = endorsements.items.find(
      (item) =>
        isMap(item) &&
        item.get('municipality') === municipality &&
        item.get('action') === action &&
        sameVersion(String(item.get('version')), version),
    );
    if (duplicate && isMap(duplicate)) {
      throw new Refusal(
        `${municipality} already recorded "${action}" on version ${normalizeVersion(version)} of ${slug} (${String(duplicate.get('instrument'))}, ${String(duplicate.get('date'))})`,
      );
    }

    // Quote versions and dates as the file's last endorsement does.
    const previous = endorsements.items.at(-1);
    const like = (key: string) => (isMap(previous) ? previous.get(key, true) : undefined);
    const entry = policy.doc.createNode({
      municipality,
      action,
      version: quotedScalar(version, like('version')),
      date: quotedScalar(date.data, like('date')),
      ...(values.body ? { body: values.body } : {}),
      instrument: values.instrument,
      ...(values.source ? { sourceUrl: values.source } : {}),
      textHash: textHash(signedBody),
      ...(values.notes ? { notes: values.notes } : {}),
      ...(localPolicy ? { localPolicy } : {}),
    });
    endorsements.items.push(entry);

    writeContent(
      contentDir,
      [{ path: indexPath, text: policy.print(), before: policy.text }],
      loadGazetteer(),
    );
    return `Recorded in ${relative(process.cwd(), indexPath)}: ${municipality} ${action} version ${version} on ${date.data} (${values.instrument}).
Text hash of version ${version}: ${textHash(signedBody)}`;
  },
};

/** The body of the version decided on: the current text, or a frozen one in versions/. */
function bodyOf(
  contentDir: string,
  slug: string,
  version: string,
  current: string,
  currentBody: string,
): string {
  if (sameVersion(version, current)) return currentBody;
  const folder = join(contentDir, 'policies', slug, 'versions');
  const names = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.mdx')) : [];
  const name = names.find((file) => sameVersion(file.replace(/\.mdx$/, ''), version));
  if (!name) {
    const known = [current, ...names.map((file) => file.replace(/\.mdx$/, ''))].sort(compareVersions);
    throw new Refusal(`${slug} has no version ${version}: it has ${known.map((v) => `"${v}"`).join(', ')}`);
  }
  return openFrontmatter(join(folder, name)).body;
}

/** The policy's endorsements list, created when the file has none or writes it `[]`. */
function endorsementList(doc: Document): YAMLSeq {
  const node = doc.get('endorsements', true);
  if (isSeq(node)) {
    // `endorsements: []` becomes a block list with its first item.
    if (node.items.length === 0) node.flow = false;
    return node;
  }
  const list = new YAMLSeq();
  doc.set('endorsements', list);
  return list;
}
