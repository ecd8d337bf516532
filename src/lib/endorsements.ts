import type { Endorsement } from '../schemas/index.ts';
import { sameVersion } from './versions.ts';

/**
 * A municipality's standing endorsement of a policy is its latest decision about it (by
 * date; on the same date, the one listed last). A rescinded one leaves it with none.
 * Progress, the matrix, filters and counts all count standing endorsements.
 */
export function standingEndorsements<E extends Pick<Endorsement, 'municipality' | 'date' | 'action'>>(
  endorsements: readonly E[],
): Map<string, E> {
  const latest = new Map<string, E>();
  for (const endorsement of endorsements) {
    const previous = latest.get(endorsement.municipality);
    if (!previous || endorsement.date >= previous.date) latest.set(endorsement.municipality, endorsement);
  }
  for (const [municipality, endorsement] of latest) {
    if (endorsement.action === 'rescinded') latest.delete(municipality);
  }
  return latest;
}

/** Current: it endorses the policy's current version; otherwise re-endorsement is pending. */
export function isCurrent(endorsement: Pick<Endorsement, 'version'>, currentVersion: string): boolean {
  return sameVersion(endorsement.version, currentVersion);
}
