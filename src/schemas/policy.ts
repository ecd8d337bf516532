import { z } from 'astro/zod';
import { endorsementSchema } from './endorsement.ts';
import { dateSchema, idSchema, pastDateSchema, versionSchema } from './primitives.ts';

export const policyKinds = ['policy', 'guideline', 'standard', 'template', 'framework'] as const;
export type PolicyKind = (typeof policyKinds)[number];

/** Where a policy is in its life; `proposed` means open for co-signing. */
export const policyStatuses = [
  'draft',
  'proposed',
  'adopted',
  'under-review',
  'superseded',
  'withdrawn',
] as const;
export type PolicyStatus = (typeof policyStatuses)[number];

export const languages = ['en', 'fr'] as const;
export type Language = (typeof languages)[number];

/**
 * What a local adaptation adapts: a regional text and the exact version the council adapted
 * (the one its `adapted` decision names). Its differences from that version are published
 * at `/policies/<slug>/differences/`.
 */
export const adaptationOfSchema = z.strictObject({
  policy: idSchema.describe('The regional text adapted, by slug.'),
  version: versionSchema.describe('The version of it the council adapted.'),
});

export type AdaptationOf = z.infer<typeof adaptationOfSchema>;

/** The frontmatter of `content/policies/<slug>/index.mdx`: the policy and its current version. */
export const policySchema = z.strictObject({
  title: z.string().min(1).describe("The policy's title."),
  summary: z.string().min(1).describe('One plain-language paragraph saying what the policy does.'),
  kind: z
    .enum(policyKinds, { error: `must be one of ${policyKinds.join(', ')}` })
    .describe('`policy`, `guideline`, `standard`, `template` or `framework`.'),
  status: z
    .enum(policyStatuses, { error: `must be one of ${policyStatuses.join(', ')}` })
    .describe(
      '`draft`, `proposed` (open for co-signing), `adopted`, `under-review`, `superseded` or `withdrawn`.',
    ),
  topics: z
    .array(idSchema)
    .min(1, 'must list at least one topic')
    .describe('The topics it is filed under, by id; at least one.'),
  region: idSchema
    .optional()
    .describe("The region that publishes and stewards it; optional for a single municipality's own policy."),
  municipality: idSchema
    .optional()
    .describe(
      "The municipality whose own policy this is, by id: for a council's own text, such as its local adaptation of a regional guideline. A policy names a region or a municipality, not both.",
    ),
  adaptationOf: adaptationOfSchema
    .optional()
    .describe(
      "The regional text this one adapts, and the version adapted: `{ policy: <slug>, version: \"1.1\" }`. A local adaptation names its `municipality`, and that council's `adapted` decision on the regional text names it back with `localPolicy`.",
    ),
  version: versionSchema.describe('The version of the text below the frontmatter.'),
  published: pastDateSchema.describe('When this version was published.'),
  changes: z
    .string()
    .min(1)
    .optional()
    .describe('What this version changed from the one before it, in a sentence or two.'),
  reviewBy: dateSchema.optional().describe('When the policy is next due for review.'),
  supersededBy: idSchema
    .optional()
    .describe('The policy that replaces this one; required when the status is `superseded`.'),
  license: z
    .string()
    .regex(/^[A-Za-z0-9.+-]+$/, 'must be an SPDX licence id such as "CC-BY-4.0"')
    .optional()
    .describe('The SPDX identifier of the reuse licence, e.g. `CC-BY-4.0`.'),
  lang: z
    .enum(languages, { error: 'must be "en" or "fr"' })
    .default('en')
    .describe('The language of the text: `en` or `fr`.'),
  translationOf: idSchema.optional().describe('The policy this document translates, by slug.'),
  formerSlugs: z
    .array(idSchema)
    .optional()
    .describe(
      'Slugs this policy was published under before it was renamed: every address under `/policies/<former>/` redirects here, so that citations keep working.',
    ),
  endorsements: z
    .array(endorsementSchema)
    .default([])
    .describe('The council decisions about this policy, in any order.'),
});

export type Policy = z.infer<typeof policySchema>;
