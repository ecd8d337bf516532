import type { CollectionEntry } from 'astro:content';
import type { Endorsement, Municipality, Policy, Region, Topic } from '../../schemas/index.ts';
import type { PlacedDivision } from '../gazetteer.ts';

/** The registry as pages see it: content joined with everything derived from it. */

export interface TopicView extends Topic {
  id: string;
}

export interface MunicipalityView extends Municipality {
  id: string;
  /** The gazetteer's record: province, census division (upper tier), legal name. */
  division?: PlacedDivision;
}

export interface RegionView extends Region {
  id: string;
}

export interface VersionView {
  version: string;
  published: string;
  changes?: string;
  /** Whether this is the policy's current version (the text of index.mdx). */
  current: boolean;
  /** The text hash of DESIGN.md: `sha256:` + the hex digest of the body. */
  textHash: string;
  /** The endorsements of exactly this version, newest first. */
  endorsements: EndorsementView[];
  /** The entry to render; the current version renders the policy entry itself. */
  entry: CollectionEntry<'policies'> | CollectionEntry<'versions'>;
}

/** One endorsement placed in its policy, with what pages need to show it. */
export interface EndorsementView extends Endorsement {
  policy: PolicyView;
  /** A stable anchor on the policy page; the same municipality never records the same action on the same version twice. */
  anchor: string;
  /** Signs the policy's current version (else: re-endorsement pending). */
  current: boolean;
  /** Is the municipality's standing endorsement of this policy. */
  standing: boolean;
  /** The hash of the endorsed version's text: the recorded one (checked at build) or computed. */
  signedHash: string;
}

export interface PolicyView extends Policy {
  slug: string;
  entry: CollectionEntry<'policies'>;
  /** Every version, newest first; the first is the current one. */
  versions: VersionView[];
  /** Every endorsement, newest first. */
  endorsements: EndorsementView[];
  /** Standing endorsements by municipality id. */
  standing: Map<string, EndorsementView>;
  isDraft: boolean;
  /** The policy this one translates, when it is a translation. */
  original?: PolicyView;
  /** Its translations into other languages. */
  translations: PolicyView[];
}
