import { z } from 'astro/zod';
import { idSchema, urlSchema } from './primitives.ts';

/** The three kinds of group that publish shared guidelines. */
export const regionKinds = ['upper-tier', 'cluster', 'coalition'] as const;

/** `content/regions/<id>.yaml`: a group of municipalities that publishes guidelines together. */
export const regionSchema = z.strictObject({
  name: z.string().min(1).describe('The region\'s name, e.g. "Durham Region".'),
  name_fr: z
    .string()
    .min(1)
    .optional()
    .describe('Its French name; the English name is shown when it is missing.'),
  article_fr: z
    .enum(['le', 'la', "l'", 'les', 'none'], { error: "must be one of le, la, l', les, none" })
    .optional()
    .describe(
      "The article its name takes in a French sentence: `la` (« membres de la Région de Durham »), `le` (« du Regroupement … »), `l'`, `les`, or `none`. When it is missing, it follows the name's first word: Région, Coalition, MRC… take `la`, Regroupement `le`; any other word, none.",
    ),
  kind: z
    .enum(regionKinds, { error: `must be one of ${regionKinds.join(', ')}` })
    .describe('`upper-tier` (a regional municipality), `cluster` (a geographic cluster) or `coalition`.'),
  members: z
    .array(idSchema)
    .min(1, 'must list at least one member municipality')
    .describe('The member municipalities, by id; the co-signing matrix lists them in this order.'),
  ocdId: z
    .string()
    .startsWith('ocd-division/', 'must be an OCD division id')
    .optional()
    .describe('The OCD division id of an upper-tier municipality, e.g. `ocd-division/country:ca/cd:3518`.'),
  website: urlSchema.optional().describe('Its official website.'),
  description: z.string().min(1).optional().describe('What the region is and how it works together.'),
});

export type Region = z.infer<typeof regionSchema>;
