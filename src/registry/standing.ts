import type { EndorsementView, GuidelineView, PolicyView, RegionView } from './types.ts';

/**
 * Where one council stands on one guideline, from its standing decision (docs/DESIGN.md):
 * the words every page, the search index, the exports and the feeds use.
 */
export type MemberStanding =
  /** Its standing decision is about the current version. */
  | { kind: 'signed'; decision: EndorsementView }
  /** Its standing decision is about an earlier version: re-endorsement pending. */
  | { kind: 'earlier'; decision: EndorsementView }
  /** Its latest decision rescinded its signature. */
  | { kind: 'rescinded'; decision: EndorsementView }
  /** It has decided nothing about the guideline. */
  | { kind: 'none' };

export function memberStanding(guideline: GuidelineView, municipality: string): MemberStanding {
  const standing = guideline.standing.get(municipality);
  if (standing) return { kind: standing.current ? 'signed' : 'earlier', decision: standing };
  const rescinded = guideline.rescinded.get(municipality);
  return rescinded ? { kind: 'rescinded', decision: rescinded } : { kind: 'none' };
}

export interface CoSigningProgress {
  /** Members whose standing decision is about the current version. */
  signed: string[];
  /** Members whose standing decision is about an earlier version: re-endorsement pending. */
  earlier: string[];
  /** Members whose latest decision rescinded their signature. */
  rescinded: string[];
  /** Members that have decided nothing. */
  waiting: string[];
}

/** Where each member of the region stands on the guideline; cost grows with members only. */
export function coSigningProgress(guideline: GuidelineView, region: RegionView): CoSigningProgress {
  const progress: CoSigningProgress = { signed: [], earlier: [], rescinded: [], waiting: [] };
  const list = { signed: progress.signed, earlier: progress.earlier, rescinded: progress.rescinded };
  for (const member of region.members) {
    const standing = memberStanding(guideline, member);
    (standing.kind === 'none' ? progress.waiting : list[standing.kind]).push(member);
  }
  return progress;
}

/** A guideline councils can still sign: not a draft, withdrawn or replaced. */
export function isOpenForSigning(policy: Pick<PolicyView, 'status'>): boolean {
  return !['draft', 'withdrawn', 'superseded'].includes(policy.status);
}

/**
 * What a council is asked to sign: its first signature, a re-endorsement of the current
 * version (its standing decision is about an earlier one), or its return after rescinding.
 */
export type SigningRequest =
  | { kind: 'first'; guideline: GuidelineView }
  | { kind: 're-endorsement'; guideline: GuidelineView; decision: EndorsementView }
  | { kind: 'return'; guideline: GuidelineView; decision: EndorsementView };

/** The request a council has on the guideline, if any: none once it stands behind the current version. */
export function signingRequest(guideline: GuidelineView, municipality: string): SigningRequest | undefined {
  if (!isOpenForSigning(guideline.original)) return undefined;
  const standing = memberStanding(guideline, municipality);
  switch (standing.kind) {
    case 'signed':
      return undefined;
    case 'earlier':
      return { kind: 're-endorsement', guideline, decision: standing.decision };
    case 'rescinded':
      return { kind: 'return', guideline, decision: standing.decision };
    case 'none':
      return { kind: 'first', guideline };
  }
}

/** How many councils stand behind the guideline: the counts search, lists and exports show. */
export interface Support {
  /** Standing decisions about the current version. */
  current: number;
  /** Standing decisions about an earlier version (re-endorsement pending). */
  earlier: number;
  /** Standing decisions that took the text as it is (`co-signed` or `adopted`), of any version. */
  asIs: number;
  /** Standing decisions that adapted it (`adapted`), of any version. */
  adapted: number;
}

const supports = new WeakMap<GuidelineView, Support>();

/**
 * The guideline's standing endorsements counted two ways (docs/DESIGN.md, "the counts"): by
 * version (current + earlier) and by how the council took the text (as is + adapted); each
 * pair adds up to the same standing endorsements.
 */
export function support(guideline: GuidelineView): Support {
  let counted = supports.get(guideline);
  if (!counted) {
    counted = { current: 0, earlier: 0, asIs: 0, adapted: 0 };
    for (const decision of guideline.standing.values()) {
      counted[decision.current ? 'current' : 'earlier']++;
      counted[decision.action === 'adapted' ? 'adapted' : 'asIs']++;
    }
    supports.set(guideline, counted);
  }
  return counted;
}

/**
 * Standing decisions across guidelines, as the home page and the feeds total them: the sum of
 * support(), so that no page counts them another way.
 */
export function standingTotal(guidelines: readonly GuidelineView[]): number {
  let total = 0;
  for (const guideline of guidelines) {
    const { current, earlier } = support(guideline);
    total += current + earlier;
  }
  return total;
}

const adaptations = new WeakMap<GuidelineView, EndorsementView[]>();

/**
 * The guideline's standing adaptations: the standing decisions that adapted it, oldest
 * first, each with its local text when the registry has it (`localText`). As many as
 * `support(guideline).adapted`.
 */
export function standingAdaptations(guideline: GuidelineView): EndorsementView[] {
  let list = adaptations.get(guideline);
  if (!list) {
    list = [...guideline.standing.values()]
      .filter((decision) => decision.action === 'adapted')
      .sort((a, b) => a.date.localeCompare(b.date));
    adaptations.set(guideline, list);
  }
  return list;
}
