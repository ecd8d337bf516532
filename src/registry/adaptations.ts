import { compareVersions, sameVersion } from '../lib/versions.ts';
import type { AdaptationView, EndorsementView, PolicyView } from './types.ts';

/**
 * Joins each local adaptation with the regional text it adapts, once for the build: a
 * municipality's own text (`municipality`, `adaptationOf`) and the council's `adapted`
 * decision that names it (`localPolicy`). The content check has already made both ends
 * agree (src/check/rules/adaptations.ts); what it cannot see here (a text left out of
 * this build, such as a draft) is simply not joined. Standing must already be decided.
 */
export function placeAdaptations(policies: ReadonlyMap<string, PolicyView>): void {
  for (const policy of policies.values()) {
    for (const decision of policy.endorsements) {
      if (decision.action === 'adapted' && decision.localPolicy)
        decision.localText = policies.get(decision.localPolicy);
    }
  }
  for (const local of policies.values()) {
    const of = local.adaptationOf;
    const regional = of && policies.get(of.policy);
    const version = regional?.versions.find((v) => sameVersion(v.version, of!.version));
    if (!regional || !version) continue;
    const adaptation: AdaptationView = {
      local,
      regional,
      version,
      decision: latestNaming(regional.endorsements, local),
      // Versions are newest first; what changed since is read oldest first.
      newer: regional.versions.filter((v) => compareVersions(v.version, version.version) > 0).reverse(),
    };
    local.adaptation = adaptation;
    regional.adaptations.push(adaptation);
  }
}

/**
 * The latest decision that names the local text: by date, and on the same date the one
 * written last (the list is newest first, and keeps the file's order within a day).
 */
function latestNaming(decisions: EndorsementView[], local: PolicyView): EndorsementView | undefined {
  const naming = decisions.filter((decision) => decision.localText === local);
  const newest = naming[0]?.date;
  return naming.filter((decision) => decision.date === newest).at(-1);
}
