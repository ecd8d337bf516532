import { z } from 'astro/zod';
import { pastDateSchema, versionSchema } from './primitives.ts';

/** The frontmatter of `content/policies/<slug>/versions/<version>.mdx`: an earlier, frozen text. */
export const policyVersionSchema = z.strictObject({
  /** The version number; it must match the file name. */
  version: versionSchema,
  /** When this version was published. */
  published: pastDateSchema,
  /** What this version changed from the one before it. */
  changes: z.string().min(1).optional(),
});

export type PolicyVersion = z.infer<typeof policyVersionSchema>;
