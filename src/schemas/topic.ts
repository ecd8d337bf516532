import { z } from 'astro/zod';

/** `content/topics/<id>.yaml`: a subject policies are filed under. */
export const topicSchema = z.strictObject({
  /** The topic's name in English, e.g. "Data governance". */
  name: z.string().min(1),
  /** The topic's name in French; the English name is shown when it is missing. */
  name_fr: z.string().min(1).optional(),
  /** One or two sentences on what the topic covers. */
  description: z.string().min(1).optional(),
});

export type Topic = z.infer<typeof topicSchema>;
