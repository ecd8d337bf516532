import { z } from 'astro/zod';
import { idSchema, pastDateSchema, urlSchema, versionSchema } from './primitives.ts';

/** What a council decided about a version. `adapted` = adopted with local changes. */
export const endorsementActions = ['co-signed', 'adopted', 'adapted', 'rescinded'] as const;
export type EndorsementAction = (typeof endorsementActions)[number];

/** The deciding body when an endorsement names none: the whole council. */
export const defaultBody = 'Council';

/** One council decision about one version of a policy. */
export const endorsementSchema = z.strictObject({
  municipality: idSchema.describe('The deciding municipality, by id.'),
  action: z
    .enum(endorsementActions, { error: `must be one of ${endorsementActions.join(', ')}` })
    .describe('`co-signed`, `adopted`, `adapted` (explain the local changes in notes) or `rescinded`.'),
  version: versionSchema.describe('The exact version the council decided on.'),
  date: pastDateSchema.describe('The date of the council decision.'),
  body: z
    .string()
    .min(1)
    .default(defaultBody)
    .describe(
      'The deciding body, e.g. "General Government Committee"; `Council` (the default) is shown as « Conseil » on French pages.',
    ),
  instrument: z
    .string({ error: 'is required: the resolution, motion or by-law reference' })
    .min(1)
    .describe('The resolution, motion or by-law reference, e.g. "Resolution 2024-117".'),
  sourceUrl: urlSchema.optional().describe('The minutes or the resolution online.'),
  textHash: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" followed by 64 lowercase hex digits')
    .optional()
    .describe("`sha256:` and the 64-digit hex digest of the signed version's text."),
  notes: z
    .string()
    .min(1)
    .optional()
    .describe('Anything a reader needs to know, such as the local changes of an adaptation.'),
  localPolicy: idSchema
    .optional()
    .describe(
      "For an `adapted` decision: the council's own text in the registry, by slug, a policy of that municipality whose `adaptationOf` names this policy and version. Its differences from the regional text are published at `/policies/<slug>/differences/`.",
    ),
});

export type Endorsement = z.infer<typeof endorsementSchema>;
