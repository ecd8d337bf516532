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

/** The frontmatter of `content/policies/<slug>/index.mdx`: the policy and its current version. */
export const policySchema = z.strictObject({
  /** The policy's title. */
  title: z.string().min(1),
  /** One plain-language paragraph saying what the policy does. */
  summary: z.string().min(1),
  /** `policy`, `guideline`, `standard`, `template` or `framework`. */
  kind: z.enum(policyKinds, { error: `must be one of ${policyKinds.join(', ')}` }),
  /** `draft`, `proposed` (open for co-signing), `adopted`, `under-review`, `superseded` or `withdrawn`. */
  status: z.enum(policyStatuses, { error: `must be one of ${policyStatuses.join(', ')}` }),
  /** The topics it is filed under, by id; at least one. */
  topics: z.array(idSchema).min(1, 'must list at least one topic'),
  /** The region that publishes and stewards it; optional for a single municipality's own policy. */
  region: idSchema.optional(),
  /** The version of the text below the frontmatter. */
  version: versionSchema,
  /** When this version was published. */
  published: pastDateSchema,
  /** What this version changed from the one before it, in a sentence or two. */
  changes: z.string().min(1).optional(),
  /** When the policy is next due for review. */
  reviewBy: dateSchema.optional(),
  /** The policy that replaces this one; required when the status is `superseded`. */
  supersededBy: idSchema.optional(),
  /** The SPDX identifier of the reuse licence, e.g. `CC-BY-4.0`. */
  license: z
    .string()
    .regex(/^[A-Za-z0-9.+-]+$/, 'must be an SPDX licence id such as "CC-BY-4.0"')
    .optional(),
  /** The language of the text: `en` or `fr`. */
  lang: z.enum(languages, { error: 'must be "en" or "fr"' }).default('en'),
  /** The policy this document translates, by slug. */
  translationOf: idSchema.optional(),
  /**
   * Slugs this policy was published under before it was renamed. Every address under
   * `/policies/<former>/` then redirects here, so that citations keep working.
   */
  formerSlugs: z.array(idSchema).optional(),
  /** The council decisions about this policy, in any order. */
  endorsements: z.array(endorsementSchema).default([]),
});

export type Policy = z.infer<typeof policySchema>;
