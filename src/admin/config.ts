import {
  decisionSchema,
  municipalitySchema,
  policySchema,
  regionSchema,
  topicSchema,
} from '../schemas/index.ts';
import { GITHUB_BACKEND } from './backend-names.ts';
import { editorCollectionsFr, editorFieldsFr } from '../i18n/editor-fr.ts';
import { decapFields, type DecapField } from './fields.ts';

/**
 * The editor's `config.yml`, generated from the content schemas (src/admin/fields.ts) and the
 * registry's policies: one source of truth with the check. Every change made in the form is
 * a branch and a pull request (Decap's editorial workflow), on which the content check runs.
 */
export interface EditorSettings {
  /** `owner/name` of the GitHub repository the production editor writes to. */
  repo: string;
  /** The content folder, relative to the repository's root. */
  contentFolder: string;
  /** The branch pull requests go to. */
  branch: string;
  /** The interface language: `en` or `fr`. */
  locale: 'en' | 'fr';
  /** Each policy's slug and title, for the policy selects. */
  policies: { slug: string; title: string }[];
}

/**
 * Where `npm run admin` runs decap-server (its PORT, 8081 unless told): the editor talks to
 * it only on this machine.
 */
export function localProxy(port = process.env.COMMON_GROUND_EDITOR_PORT ?? '8081'): string {
  return `http://127.0.0.1:${port}/api/v1`;
}

/**
 * A municipality is found in the gazetteer by name (gazetteer-widget.ts): the lookup first,
 * filling in the `ocdId`; the name may then be left empty, and the gazetteer's is written
 * as the form is saved (pre-save.ts).
 */
function municipalityFields(schemaFields: DecapField[]): DecapField[] {
  const lookup = schemaFields.find((field) => field.name === 'ocdId')!;
  return [
    {
      ...lookup,
      widget: 'gazetteer',
      hint: 'Type part of the municipality’s name and choose it from the gazetteer: its Open Civic Data identifier is filled in. An identifier of another country may be typed whole.',
    },
    ...schemaFields
      .filter((field) => field.name !== 'ocdId')
      .map((field) =>
        field.name === 'name'
          ? { ...field, required: false, hint: `${String(field.hint)} Left empty, the gazetteer’s name.` }
          : field,
      ),
  ];
}

/** What the revision form's fields mean there: the new version's, not the current one's. */
const revisionHints: Record<string, { hint: string }> = {
  version: {
    hint: 'The new version, later than the current one: "1.1" after "1.0", "2.0" for a major revision. The current text is kept, exactly as signed, in versions/ under its own version.',
  },
  published: { hint: 'The new version’s publication date. Left as it was, today.' },
  changes: {
    hint: 'What the new version changes from the one before it, in a sentence or two. The current version’s own stays with its frozen text.',
  },
};

type Collection = Record<string, unknown> & { name: string; fields: DecapField[] };

/**
 * The form in French (/fr/admin/): each collection's names and each field's label and hint
 * from src/i18n/editor-fr.ts. A field without its French lines stops the build, as a
 * missing key of the site's dictionary does: no English hint in the French form.
 */
export function inFrench(collections: Collection[]): Collection[] {
  const missing: string[] = [];
  const translate = (fields: DecapField[], prefix: string): DecapField[] =>
    fields.map((field) => {
      const key = `${prefix}.${field.name}`;
      const french = editorFieldsFr[key];
      if (!french) missing.push(key);
      const nested = field.fields as DecapField[] | undefined;
      return {
        ...field,
        ...french,
        ...(nested ? { fields: translate(nested, key) } : {}),
      };
    });
  const translated = collections.map((collection) => {
    const french = editorCollectionsFr[collection.name];
    if (!french) missing.push(collection.name);
    return {
      ...collection,
      ...(french ?? {}),
      ...(french && !french.description ? { description: undefined } : {}),
      fields: translate(collection.fields, collection.name),
    };
  });
  if (missing.length)
    throw new Error(`src/i18n/editor-fr.ts: no French label and hint for ${missing.join(', ')}`);
  return translated.map((collection) =>
    Object.fromEntries(Object.entries(collection).filter(([, value]) => value !== undefined)),
  ) as Collection[];
}

export function editorConfig(settings: EditorSettings): Record<string, unknown> {
  const content = settings.contentFolder.replace(/\/$/, '');
  const policies = [...settings.policies].sort((a, b) => a.title.localeCompare(b.title, 'en'));
  // Decap's relation widget names an entry by its path, and a policy's path is
  // `<slug>/index`: a select of titles stores the slug itself, and is searchable as one types.
  const policyWidget = (_name: string, multiple: boolean) => ({
    widget: 'select',
    multiple,
    options: policies.map(({ slug, title }) => ({ label: `${title} (${slug})`, value: slug })),
  });
  const fields = (schema: Parameters<typeof decapFields>[0]) => decapFields(schema, { policyWidget });
  // The policy first: the version and the text hash depend on it.
  const decisionFields = fields(decisionSchema)
    .sort((a, b) => Number(b.name === 'policy') - Number(a.name === 'policy'))
    .map((field): DecapField => {
      if (field.name === 'policy') return { ...field, required: true };
      // Filled in by the form from the policy and the version (src/admin/text-hash-widget.ts).
      if (field.name === 'textHash') return { ...field, widget: 'text-hash', required: true };
      return field;
    });
  const data = (name: string, label: string, labelSingular: string, schemaFields: DecapField[]) => ({
    name,
    label,
    label_singular: labelSingular,
    folder: `${content}/${name}`,
    extension: 'yaml',
    format: 'yaml',
    create: true,
    identifier_field: 'name',
    slug: '{{name}}',
    fields: schemaFields,
  });
  return {
    locale: settings.locale,
    // Decap's GitHub backend, freezing signed texts (backends.ts). `npm run admin` runs
    // decap-server on this machine instead, found by local-mode.ts (docs/deploy.md).
    backend: { name: GITHUB_BACKEND, repo: settings.repo, branch: settings.branch, squash_merges: true },
    publish_mode: 'editorial_workflow',
    // Decap's preview pane shows the raw frontmatter and Markdown (the registry renders its
    // texts itself), in an iframe without a title (an accessibility error): off.
    editor: { preview: false },
    // No form uploads files; Decap requires a folder all the same, outside the content.
    media_folder: 'admin-uploads',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: (settings.locale === 'fr' ? inFrench : (c: Collection[]) => c)([
      {
        name: 'decisions',
        label: 'Council decisions',
        label_singular: 'Council decision',
        description:
          'Record what a council decided about a version of a policy: one file per decision, so that clerks never edit the same file.',
        folder: `${content}/policies`,
        path: '{{policy}}/decisions/{{slug}}',
        slug: '{{date}}-{{municipality}}-{{action}}',
        extension: 'yaml',
        format: 'yaml',
        create: true,
        // A recorded decision is corrected, or followed by a rescission; never deleted here.
        delete: false,
        identifier_field: 'instrument',
        summary: '{{date}} · {{municipality}} · {{action}} · {{policy}} {{version}}',
        sortable_fields: ['date', 'municipality', 'policy'],
        fields: decisionFields,
      },
      {
        name: 'policies',
        label: 'Policies and guidelines',
        label_singular: 'Policy',
        description:
          'Propose a guideline, or edit one’s details. A published text is never edited here: publish a new version with “Revise a guideline”.',
        folder: `${content}/policies`,
        path: '{{slug}}/index',
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        // A published policy's addresses are cited: it is withdrawn or superseded, not deleted.
        delete: false,
        identifier_field: 'title',
        slug: '{{title}}',
        summary: '{{title}} · {{status}} · {{version}}',
        fields: [
          ...fields(policySchema),
          // The text as written, never re-formatted: Decap's Markdown editor would rewrite it.
          { name: 'body', label: 'Text', widget: 'text', hint: 'The policy text, in Markdown.' },
        ],
      },
      {
        // `npm run new:version` as a form: saving freezes the text as signed and makes
        // index.mdx the new version, in one commit (policy-save.ts, backends.ts).
        name: 'revisions',
        label: 'Revise a guideline',
        label_singular: 'Revision',
        description:
          'Publish a new version of a guideline: the text councils signed is kept, exactly as signed, in versions/, and the policy becomes the new version, published today. Councils that signed the old version are asked to co-sign the new one.',
        folder: `${content}/policies`,
        path: '{{slug}}/index',
        extension: 'mdx',
        format: 'frontmatter',
        create: false,
        delete: false,
        identifier_field: 'title',
        slug: '{{title}}',
        summary: '{{title}} · {{status}} · {{version}}',
        fields: [
          ...fields(policySchema)
            .filter((field) => ['title', 'version', 'published', 'changes'].includes(field.name))
            .map((field) => ({ ...field, ...revisionHints[field.name] })),
          { name: 'body', label: 'Text', widget: 'text', hint: 'The new version’s text, in Markdown.' },
        ],
      },
      data(
        'municipalities',
        'Municipalities',
        'Municipality',
        municipalityFields(fields(municipalitySchema)),
      ),
      data('regions', 'Regions', 'Region', fields(regionSchema)),
      data('topics', 'Topics', 'Topic', fields(topicSchema)),
    ]),
  };
}
