import type { PolicyView, RegionView } from './registry/index.ts';

export interface CoSigningProgress {
  /** Members whose standing endorsement is of the current version. */
  signed: string[];
  /** Members whose standing endorsement is of an earlier version: re-endorsement pending. */
  earlier: string[];
  /** Members with no standing endorsement. */
  waiting: string[];
}

/** Where each member of the policy's region stands on it; cost grows with members only. */
export function coSigningProgress(policy: PolicyView, region: RegionView): CoSigningProgress {
  const progress: CoSigningProgress = { signed: [], earlier: [], waiting: [] };
  for (const member of region.members) {
    const standing = policy.standing.get(member);
    if (!standing) progress.waiting.push(member);
    else if (standing.current) progress.signed.push(member);
    else progress.earlier.push(member);
  }
  return progress;
}
