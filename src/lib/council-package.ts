import type { PolicyView, Registry } from './registry/index.ts';

/** A council package is for a text that councils can still sign: not withdrawn or replaced. */
export function canBeEndorsed(policy: PolicyView): boolean {
  return !['draft', 'withdrawn', 'superseded'].includes(policy.status);
}

/**
 * The councils a package is for: the region's members with no standing endorsement of the
 * current version, or, for a municipality's own policy, none (any council may reuse it).
 */
export function unsignedMembers(policy: PolicyView, registry: Registry): string[] {
  const region = policy.region ? registry.regions.get(policy.region) : undefined;
  return (region?.members ?? []).filter((member) => !policy.standing.get(member)?.current);
}
