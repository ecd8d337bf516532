import { z } from 'astro/zod';
import {
  decisionSchema,
  endorsementSchema,
  municipalitySchema,
  policySchema,
  policyVersionSchema,
  regionSchema,
  topicSchema,
} from './index.ts';

/**
 * The JSON Schema of each content type, generated from the zod schemas the build checks
 * with, never written by hand. Editors use them for completion and errors as they type
 * (.vscode/settings.json reads the copies in schemas/), and the site publishes them under
 * /schemas/ for anyone who reads the registry's data.
 */

export interface ContentType {
  /** The schema's name: `/schemas/<name>.json`. */
  name: 'topic' | 'municipality' | 'region' | 'policy' | 'version' | 'endorsement' | 'decision';
  title: string;
  /** Where it is written (Markdown). */
  where: string;
  /** The content files it describes, for editor settings; none for a part of a file. */
  glob?: string;
  schema: z.ZodType;
}

export const contentTypes: ContentType[] = [
  {
    name: 'topic',
    title: 'Topic',
    where: '`content/topics/<id>.yaml`',
    glob: 'content/topics/*.yaml',
    schema: topicSchema,
  },
  {
    name: 'municipality',
    title: 'Municipality',
    where: '`content/municipalities/<id>.yaml`',
    glob: 'content/municipalities/*.yaml',
    schema: municipalitySchema,
  },
  {
    name: 'region',
    title: 'Region',
    where: '`content/regions/<id>.yaml`',
    glob: 'content/regions/*.yaml',
    schema: regionSchema,
  },
  {
    name: 'policy',
    title: 'Policy',
    where: 'the frontmatter of `content/policies/<slug>/index.mdx`',
    glob: 'content/policies/*/index.mdx',
    schema: policySchema,
  },
  {
    name: 'version',
    title: 'Earlier version',
    where: 'the frontmatter of `content/policies/<slug>/versions/<version>.mdx`',
    glob: 'content/policies/*/versions/*.mdx',
    schema: policyVersionSchema,
  },
  {
    name: 'endorsement',
    title: 'Endorsement',
    where: "one item of the `endorsements` list in a policy's frontmatter",
    schema: endorsementSchema,
  },
  {
    name: 'decision',
    title: 'Decision file',
    where:
      '`content/policies/<slug>/decisions/<date>-<municipality>-<action>.yaml`, one council decision per file, as the editor at /admin/ writes it',
    glob: 'content/policies/*/decisions/*.yaml',
    schema: decisionSchema,
  },
];

/**
 * The schema as editors need it: the input a file may hold (defaulted fields optional), in
 * draft-07, which every YAML and JSON editor reads.
 */
export function jsonSchema(type: ContentType): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(type.schema, {
    io: 'input',
    target: 'draft-07',
    override: ({ jsonSchema }) => {
      // zod names its startsWith/endsWith/includes checks as formats no validator knows;
      // the pattern it writes beside them says the same thing in standard JSON Schema.
      if (['starts_with', 'ends_with', 'includes'].includes(String(jsonSchema.format)))
        delete jsonSchema.format;
    },
  });
  // A decision file's text hash is required, though its zod schema leaves it to the text-hash
  // rule (src/schemas/decision.ts), which can say which hash to write: editors still show it as required.
  if (type.name === 'decision') (rest as { required: string[] }).required.push('textHash');
  return {
    $schema,
    title: type.title,
    description: `${type.title}: ${type.where.replaceAll('`', '')}.`,
    ...rest,
  };
}

/** The file as committed and published: stable key order, two-space indent, final newline. */
export function jsonSchemaText(type: ContentType): string {
  return `${JSON.stringify(jsonSchema(type), null, 2)}\n`;
}
