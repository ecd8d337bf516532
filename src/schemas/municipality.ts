import { z } from 'astro/zod';
import { urlSchema } from './primitives.ts';

/** `content/municipalities/<id>.yaml`: a council that can endorse policies. */
export const municipalitySchema = z.strictObject({
  name: z.string().min(1).describe('The municipality\'s usual name, e.g. "Ajax".'),
  ocdId: z
    .string()
    .regex(/^ocd-division\/country:[a-z]{2}(\/[a-z_]+:[\w.~-]+)*$/, {
      error: 'must be an OCD division id such as "ocd-division/country:ca/csd:3518005"',
    })
    .describe(
      'Its Open Civic Data division identifier, e.g. `ocd-division/country:ca/csd:3518005`. Canadian identifiers must exist in the gazetteer, which also supplies the province, the census division and the French name.',
    ),
  name_fr: z.string().min(1).optional().describe("Its French name, when it differs from the gazetteer's."),
  website: urlSchema.optional().describe('Its official website.'),
});

export type Municipality = z.infer<typeof municipalitySchema>;
