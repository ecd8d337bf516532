import type { Endorsement } from '../schemas/index.ts';
import { sameVersion } from './versions.ts';

type Decision = Pick<Endorsement, 'municipality' | 'date' | 'action'>;

/** Where each municipality stands on one guideline, decided from every decision about it. */
export interface Standing<E extends Decision> {
  /** Each municipality's latest decision, a rescission included. */
  latest: Map<string, E>;
  /** Its standing decision: the latest one, unless that one rescinded. */
  standing: Map<string, E>;
  /** For each decision that a later one of the same council replaced, that later decision. */
  followedBy: Map<E, E>;
}

/**
 * A municipality's standing decision on a guideline is its latest decision about it, on the
 * original text or on a translation alike (by date; on the same date, the one listed last,
 * the original's list before its translations'). A rescinded one leaves it with none.
 * Progress, the matrix, filters, search, exports and feeds all count standing decisions;
 * this is the one place that decides them.
 */
export function decideStanding<E extends Decision>(decisions: readonly E[]): Standing<E> {
  const latest = new Map<string, E>();
  const followedBy = new Map<E, E>();
  const inOrder = decisions
    .map((decision, order) => ({ decision, order }))
    .sort((a, b) => a.decision.date.localeCompare(b.decision.date) || a.order - b.order);
  for (const { decision } of inOrder) {
    const previous = latest.get(decision.municipality);
    if (previous) followedBy.set(previous, decision);
    latest.set(decision.municipality, decision);
  }
  const standing = new Map([...latest].filter(([, decision]) => decision.action !== 'rescinded'));
  return { latest, standing, followedBy };
}

/** The standing decisions alone, by municipality (see {@link decideStanding}). */
export function standingEndorsements<E extends Decision>(decisions: readonly E[]): Map<string, E> {
  return decideStanding(decisions).standing;
}

/** Current: it is about the guideline's current version; otherwise re-endorsement is pending. */
export function isCurrent(endorsement: Pick<Endorsement, 'version'>, currentVersion: string): boolean {
  return sameVersion(endorsement.version, currentVersion);
}
