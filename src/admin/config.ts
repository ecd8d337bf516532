import {
  decisionSchema,
  municipalitySchema,
  policySchema,
  regionSchema,
  topicSchema,
} from '../schemas/index.ts';
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
    backend: { name: 'github', repo: settings.repo, branch: settings.branch, squash_merges: true },
    // `npm run admin`: decap-server on this machine, no account needed (docs/deploy.md).
    local_backend: { url: localProxy(), allowed_hosts: ['localhost', '127.0.0.1'] },
    publish_mode: 'editorial_workflow',
    // No form uploads files; Decap requires a folder all the same, outside the content.
    media_folder: 'admin-uploads',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
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
          'Propose a guideline, or edit one’s details. A text councils have signed is never edited here: publish a new version (docs/content-format.md).',
        folder: `${content}/policies`,
        path: '{{slug}}/index',
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        identifier_field: 'title',
        slug: '{{title}}',
        summary: '{{title}} · {{status}} · {{version}}',
        fields: [
          ...fields(policySchema),
          // The text as written, never re-formatted: Decap's Markdown editor would rewrite it.
          { name: 'body', label: 'Text', widget: 'text', hint: 'The policy text, in Markdown.' },
        ],
      },
      data('municipalities', 'Municipalities', 'Municipality', fields(municipalitySchema)),
      data('regions', 'Regions', 'Region', fields(regionSchema)),
      data('topics', 'Topics', 'Topic', fields(topicSchema)),
    ],
  };
}
