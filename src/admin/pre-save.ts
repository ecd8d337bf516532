import { Problems } from '../check/problems.ts';
import type { SourceFile } from '../check/source.ts';
import { validateSchema } from '../check/validate-schema.ts';
import { decisionSchema } from '../schemas/decision.ts';
import { findVersion } from './published-versions.ts';

/**
 * Before a council decision is saved: pins it to the text hash of the version decided on,
 * and refuses it, in the words `npm run check` uses, when the check would (a date in the
 * future, a version that is not published, a malformed field). Decap shows the refusal and
 * keeps the form as it was. Rules across files (a duplicate decision) are left to the
 * check that runs on the pull request.
 */
interface ImmutableMap {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableMap;
  toJS(): Record<string, unknown>;
}

export async function pinDecision({ entry }: { entry: ImmutableMap }): Promise<ImmutableMap | undefined> {
  if (entry.get('collection') !== 'decisions') return undefined;
  const data = entry.get('data') as ImmutableMap;
  const fields = data.toJS();
  const problems = new Problems();
  const source = {
    kind: 'decision',
    id: String(fields.policy ?? ''),
    absolutePath: '',
    displayPath: '',
    data: fields,
    body: '',
    locate: () => ({}),
  } satisfies SourceFile;
  const published =
    typeof fields.policy === 'string' && typeof fields.version === 'string'
      ? await findVersion(fields.policy, fields.version)
      : undefined;
  if (published) source.data = { ...fields, textHash: published.textHash };
  validateSchema(decisionSchema, source, problems);
  if (!published && typeof fields.version === 'string' && fields.version)
    problems.error(
      source,
      ['version'],
      `version "${fields.version}" of "${String(fields.policy)}" is not published: decide on a published version`,
    );
  if (problems.list.length)
    throw new Error(problems.list.map((p) => `${p.field ? `${p.field}: ` : ''}${p.message}`).join('\n'));
  return data.set('textHash', published!.textHash);
}
