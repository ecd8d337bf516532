import type { z } from 'astro/zod';
import { endorsementSchema } from './endorsement.ts';
import { idSchema } from './primitives.ts';

/**
 * `content/policies/<slug>/decisions/<date>-<municipality>-<action>.yaml`: one council
 * decision in a file of its own, so that any number of clerks recording decisions on the
 * same policy in the same week never edit the same file (the editor at /admin/ writes
 * these). It holds the fields of an endorsement; its text hash is required, since nothing
 * else pins the words the council decided on.
 */
export const decisionSchema = endorsementSchema.extend({
  policy: idSchema
    .optional()
    .describe('The policy decided on, by slug; when written, it must be the folder the file is in.'),
  // Required (src/check/rules/text-hash.ts), but checked there rather than here: the
  // check then says which hash to write, which only the version's text can tell.
  textHash: endorsementSchema.shape.textHash.describe(
    "`sha256:` and the 64-digit hex digest of the decided version's text; required in a decision file. The editor fills it in from the policy and the version; `npm run check` names the hash to write when it is missing.",
  ),
});

export type Decision = z.infer<typeof decisionSchema>;
