import { z } from 'astro/zod';
import { idSchema, pastDateSchema, urlSchema, versionSchema } from './primitives.ts';

/** What a council decided about a version. `adapted` = adopted with local changes. */
export const endorsementActions = ['co-signed', 'adopted', 'adapted', 'rescinded'] as const;
export type EndorsementAction = (typeof endorsementActions)[number];

/** One council decision about one version of a policy. */
export const endorsementSchema = z.strictObject({
  /** The deciding municipality, by id. */
  municipality: idSchema,
  /** `co-signed`, `adopted`, `adapted` (explain the local changes in notes) or `rescinded`. */
  action: z.enum(endorsementActions, { error: `must be one of ${endorsementActions.join(', ')}` }),
  /** The exact version the council decided on. */
  version: versionSchema,
  /** The date of the council decision. */
  date: pastDateSchema,
  /** The deciding body, e.g. "General Government Committee". */
  body: z.string().min(1).default('Council'),
  /** The resolution, motion or by-law reference, e.g. "Resolution 2024-117". */
  instrument: z.string({ error: 'is required: the resolution, motion or by-law reference' }).min(1),
  /** The minutes or the resolution online. */
  sourceUrl: urlSchema.optional(),
  /** `sha256:` and the 64-digit hex digest of the signed version's text. */
  textHash: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" followed by 64 lowercase hex digits')
    .optional(),
  /** Anything a reader needs to know, such as the local changes of an adaptation. */
  notes: z.string().min(1).optional(),
});

export type Endorsement = z.infer<typeof endorsementSchema>;
