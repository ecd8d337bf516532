import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import {
  municipalitySchema,
  policySchema,
  policyVersionSchema,
  regionSchema,
  topicSchema,
} from './schemas/index.ts';

/** Every collection reads the top-level content folder, the only one editors touch. */
const base = (folder: string) => `${contentDir()}/${folder}`;
const fileName = ({ entry }: { entry: string }) => entry.replace(/\.ya?ml$/, '');

export const collections = {
  topics: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: base('topics'), generateId: fileName }),
    schema: topicSchema,
  }),
  municipalities: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: base('municipalities'), generateId: fileName }),
    schema: municipalitySchema,
  }),
  regions: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: base('regions'), generateId: fileName }),
    schema: regionSchema,
  }),
  /** `<slug>/index.mdx`: the policy and its current text; the id is the folder name. */
  policies: defineCollection({
    loader: glob({
      pattern: '*/index.mdx',
      base: base('policies'),
      // No copy of the text in Astro's data store: pages render the compiled MDX, and text
      // hashes and comparisons read the file (src/lib/registry/bodies.ts). At 17,000 texts
      // the copies cost hundreds of megabytes.
      retainBody: false,
      generateId: ({ entry }) => entry.split('/')[0]!,
    }),
    schema: policySchema,
  }),
  /** `<slug>/versions/<version>.mdx`: earlier texts, frozen; the id is `<slug>/<version>`. */
  versions: defineCollection({
    loader: glob({
      pattern: '*/versions/*.mdx',
      base: base('policies'),
      retainBody: false, // as for policies
      generateId: ({ entry }) => entry.replace('/versions/', '/').replace(/\.mdx$/, ''),
    }),
    schema: policyVersionSchema,
  }),
};
