import type { CollectionEntry } from 'astro:content';
import type { Endorsement, Municipality, Policy, Region, Topic } from '../schemas/index.ts';
import type { PlacedDivision } from './gazetteer/gazetteer.ts';

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
  /** The decisions on exactly this version, in any of the guideline's languages, newest first. */
  endorsements: EndorsementView[];
  /** The entry to render; the current version renders the policy entry itself. */
  entry: CollectionEntry<'policies'> | CollectionEntry<'versions'>;
}

/** One endorsement placed in its policy, with what pages need to show it. */
export interface EndorsementView extends Endorsement {
  policy: PolicyView;
  /** A stable anchor on the policy page; the same municipality never records the same action on the same version twice. */
  anchor: string;
  /** Is about the guideline's current version (else: of an earlier version). */
  current: boolean;
  /** Is the municipality's latest decision on the guideline, in any language (a rescission too). */
  latest: boolean;
  /** Is the municipality's standing decision: its latest, and not a rescission. */
  standing: boolean;
  /** The same council's next decision on the guideline, which replaced this one. */
  followedBy?: EndorsementView;
  /** The hash of the endorsed version's text: the recorded one (checked at build) or computed. */
  signedHash: string;
  /** For an `adapted` decision that names one (`localPolicy`): the council's own text. */
  localText?: PolicyView;
}

/**
 * A local adaptation: a municipality's own text (`municipality`, `adaptationOf`) beside the
 * regional text and version it adapts (docs/DESIGN.md, "adaptation").
 */
export interface AdaptationView {
  /** The municipality's own text. */
  local: PolicyView;
  /** The regional text it adapts (the original or a translation: the one the council decided on). */
  regional: PolicyView;
  /** The regional version adapted. */
  version: VersionView;
  /** The council's latest `adapted` decision naming this text, if recorded. */
  decision?: EndorsementView;
  /** The regional versions published after the one adapted, oldest first: what the region has changed since. */
  newer: VersionView[];
}

/**
 * A guideline: an original text and its translations, which councils sign as one. A
 * decision on any of its texts counts for all of them.
 */
export interface GuidelineView {
  /** The text the region publishes for signature. */
  original: PolicyView;
  /** Every text, the original first. */
  texts: PolicyView[];
  /** The version open for signing: the original's current version. */
  version: string;
  /** Every council decision on any of its texts, newest first. */
  decisions: EndorsementView[];
  /** Standing decisions by municipality id. */
  standing: Map<string, EndorsementView>;
  /** Municipalities whose latest decision rescinded their signature, with that decision. */
  rescinded: Map<string, EndorsementView>;
}

export interface PolicyView extends Policy {
  slug: string;
  entry: CollectionEntry<'policies'>;
  /** Every version, newest first; the first is the current one. */
  versions: VersionView[];
  /** The decisions recorded in this text's file, newest first (`guideline.decisions` has them all). */
  endorsements: EndorsementView[];
  /** The guideline this text belongs to, with its translations. */
  guideline: GuidelineView;
  /** Standing decisions on the guideline by municipality id (`guideline.standing`). */
  standing: Map<string, EndorsementView>;
  isDraft: boolean;
  /** The policy this one translates, when it is a translation. */
  original?: PolicyView;
  /** Its translations into other languages. */
  translations: PolicyView[];
  /** When it is a local adaptation (`adaptationOf`): what it adapts. */
  adaptation?: AdaptationView;
  /** The local adaptations that name this text, in title order. */
  adaptations: AdaptationView[];
}
