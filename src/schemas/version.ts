import { z } from 'astro/zod';
import { pastDateSchema, versionSchema } from './primitives.ts';

/** The frontmatter of `content/policies/<slug>/versions/<version>.mdx`: an earlier, frozen text. */
export const policyVersionSchema = z.strictObject({
  version: versionSchema.describe('The version number; it must match the file name.'),
  published: pastDateSchema.describe('When this version was published.'),
  changes: z.string().min(1).optional().describe('What this version changed from the one before it.'),
});

export type PolicyVersion = z.infer<typeof policyVersionSchema>;
