/**
 * The two edits a warm rebuild is measured after: a clerk records one new decision, and a
 * region edits the words of one text that no council has signed with a recorded hash. Both
 * leave the registry valid, so the build runs to the end.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface Frontmatter {
  status: string;
  region?: string;
  version: string;
  published: string;
  translationOf?: string;
  endorsements?: { municipality: string; version: string; textHash?: string }[];
}

function policies(content: string): { file: string; data: Frontmatter; text: string }[] {
  const folder = join(content, 'policies');
  return readdirSync(folder)
    .sort()
    .map((slug) => {
      const file = join(folder, slug, 'index.mdx');
      const text = readFileSync(file, 'utf8');
      return { file, text, data: parse(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as Frontmatter };
    });
}

/** Adds a co-signature of the current version by a member that has decided nothing on it. */
export function addOneDecision(content: string): string {
  for (const { file, data, text } of policies(content)) {
    if (data.status !== 'proposed' || !data.region || data.translationOf) continue;
    const region = parse(readFileSync(join(content, 'regions', `${data.region}.yaml`), 'utf8')) as {
      members: string[];
    };
    const decided = new Set((data.endorsements ?? []).map((e) => e.municipality));
    const member = region.members.find((id) => !decided.has(id));
    if (!member) continue;
    const decision = `  - municipality: ${member}\n    action: co-signed\n    version: "${data.version}"\n    date: "${data.published}"\n    instrument: DEMO-WARM-1\n`;
    // A policy nobody has decided on yet may list `endorsements: []`: the list replaces it.
    const edited = /\nendorsements:( \[\])?\n/.test(text)
      ? text.replace(/\nendorsements:( \[\])?\n/, `\nendorsements:\n${decision}`)
      : text.replace(/\n---\n/, `\nendorsements:\n${decision}---\n`);
    writeFileSync(file, edited);
    return `${member} co-signed ${file}`;
  }
  throw new Error('No proposed policy with a member still to sign');
}

/** Appends a sentence to the text of a policy whose current version no decision pins by hash. */
export function editOneText(content: string): string {
  for (const { file, data, text } of policies(content)) {
    if (data.status === 'draft') continue;
    if ((data.endorsements ?? []).some((e) => e.textHash && e.version === data.version)) continue;
    writeFileSync(file, `${text.trimEnd()}\n\nThis sentence was added for the warm-rebuild bench.\n`);
    return file;
  }
  throw new Error('No text free to edit');
}
