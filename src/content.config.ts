import { defineCollection } from 'astro:content';
import { registryLoader } from './registry/loader.ts';
import {
  municipalitySchema,
  policySchema,
  policyVersionSchema,
  regionSchema,
  topicSchema,
} from './schemas/index.ts';

/**
 * The registry's collections. Every one is read from the content folder by the registry's
 * own reader (src/registry/loader.ts), which the content check reads with too.
 */
export const collections = {
  /** `topics/<id>.yaml` */
  topics: defineCollection({ loader: registryLoader('topic'), schema: topicSchema }),
  /** `municipalities/<id>.yaml` */
  municipalities: defineCollection({ loader: registryLoader('municipality'), schema: municipalitySchema }),
  /** `regions/<id>.yaml` */
  regions: defineCollection({ loader: registryLoader('region'), schema: regionSchema }),
  /** `policies/<slug>/index.mdx`: the policy and its current text; the id is the folder name. */
  policies: defineCollection({ loader: registryLoader('policy'), schema: policySchema }),
  /** `policies/<slug>/versions/<version>.mdx`: earlier texts, frozen; the id is `<slug>/<version>`. */
  versions: defineCollection({ loader: registryLoader('version'), schema: policyVersionSchema }),
};
