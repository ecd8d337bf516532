import type { Decision, Municipality, Policy, PolicyVersion, Region, Topic } from '../schemas/index.ts';
import type { SourceFile } from './source.ts';

/** A content file that passed its schema: its validated data beside where it came from. */
export interface Checked<T> {
  source: SourceFile;
  data: T;
  /**
   * For a policy: the decision file each of `data.endorsements` came from, by index; none
   * for those written in the frontmatter (the list holds those first, then the files').
   */
  decisionFiles?: (SourceFile | undefined)[];
}

/** Every content file that passed its schema, indexed by id, ready for the cross-file rules. */
export interface RegistrySources {
  topics: Map<string, Checked<Topic>>;
  municipalities: Map<string, Checked<Municipality>>;
  regions: Map<string, Checked<Region>>;
  policies: Map<string, Checked<Policy>>;
  /** Earlier versions by policy slug, in file-name order. */
  versions: Map<string, Checked<PolicyVersion>[]>;
  /** Decision files by policy slug, in file-name order (already merged into the policy's endorsements). */
  decisions: Map<string, Checked<Decision>[]>;
  /**
   * The ids of every file present, valid or not. References are checked against these,
   * so that one broken file is reported once, not again by everything that points to it.
   */
  present: Record<'topic' | 'municipality' | 'region' | 'policy', Set<string>>;
}
