import { z } from 'astro/zod';

/** `content/topics/<id>.yaml`: a subject policies are filed under. */
export const topicSchema = z.strictObject({
  name: z.string().min(1).describe('The topic\'s name in English, e.g. "Data governance".'),
  name_fr: z
    .string()
    .min(1)
    .optional()
    .describe("The topic's name in French; the English name is shown when it is missing."),
  description: z.string().min(1).optional().describe('One or two sentences on what the topic covers.'),
});

export type Topic = z.infer<typeof topicSchema>;
