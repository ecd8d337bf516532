import { z } from 'astro/zod';
import { urlSchema } from './primitives.ts';

/** `content/municipalities/<id>.yaml`: a council that can endorse policies. */
export const municipalitySchema = z.strictObject({
  /** The municipality's usual name, e.g. "Ajax". */
  name: z.string().min(1),
  /**
   * Its Open Civic Data division identifier, e.g. `ocd-division/country:ca/csd:3518005`.
   * Canadian identifiers must exist in the gazetteer, which also supplies the province,
   * the census division and the French name.
   */
  ocdId: z.string().regex(/^ocd-division\/country:[a-z]{2}(\/[a-z_]+:[\w.~-]+)*$/, {
    error: 'must be an OCD division id such as "ocd-division/country:ca/csd:3518005"',
  }),
  /** Its French name, when it differs from the gazetteer's. */
  name_fr: z.string().min(1).optional(),
  /** Its official website. */
  website: urlSchema.optional(),
});

export type Municipality = z.infer<typeof municipalitySchema>;
