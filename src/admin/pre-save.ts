import { Problems } from '../check/problems.ts';
import type { SourceFile } from '../check/source.ts';
import { validateSchema } from '../check/validate-schema.ts';
import { decisionSchema } from '../schemas/decision.ts';
import { municipalitySchema } from '../schemas/municipality.ts';
import { gazetteerPlaces } from './gazetteer-widget.ts';
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

/** The form's data as the check's source file, so that the check's own rules run on it. */
const sourceOf = (kind: 'decision' | 'municipality', id: string, fields: Record<string, unknown>) =>
  ({
    kind,
    id,
    absolutePath: '',
    displayPath: '',
    data: fields,
    body: '',
    locate: () => ({}),
  }) satisfies SourceFile;

function refuseProblems(problems: Problems): void {
  if (problems.list.length)
    throw new Error(problems.list.map((p) => `${p.field ? `${p.field}: ` : ''}${p.message}`).join('\n'));
}

/** Every form's check before saving (Decap's one `preSave` event). */
export async function beforeSave(event: { entry: ImmutableMap }): Promise<ImmutableMap | undefined> {
  const collection = event.entry.get('collection');
  if (collection === 'decisions') return pinDecision(event);
  if (collection === 'municipalities') return nameMunicipality(event);
  return undefined;
}

/**
 * A municipality found in the gazetteer (gazetteer-widget.ts) takes the gazetteer's name
 * when the form left the name empty; then the check's rules of one file apply.
 */
export async function nameMunicipality({ entry }: { entry: ImmutableMap }): Promise<ImmutableMap> {
  let data = entry.get('data') as ImmutableMap;
  const fields = data.toJS();
  if (!String(fields.name ?? '').trim() && typeof fields.ocdId === 'string') {
    const place = (await gazetteerPlaces().catch(() => [])).find((p) => p.id === fields.ocdId);
    if (place) data = data.set('name', place.name);
  }
  const problems = new Problems();
  validateSchema(municipalitySchema, sourceOf('municipality', '', data.toJS()), problems);
  refuseProblems(problems);
  return data;
}

export async function pinDecision({ entry }: { entry: ImmutableMap }): Promise<ImmutableMap | undefined> {
  if (entry.get('collection') !== 'decisions') return undefined;
  const data = entry.get('data') as ImmutableMap;
  const fields = data.toJS();
  const problems = new Problems();
  const source = sourceOf('decision', String(fields.policy ?? ''), fields);
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
  refuseProblems(problems);
  return data.set('textHash', published!.textHash);
}
