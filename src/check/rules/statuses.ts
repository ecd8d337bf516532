import { standingEndorsements } from '../../lib/endorsements.ts';
import { decisionsByGuideline } from '../guidelines.ts';
import type { Problems } from '../problems.ts';
import type { RegistrySources } from '../registry-sources.ts';

/** A status is a claim; these are the facts each one needs. */
export function checkStatuses(sources: RegistrySources, problems: Problems): void {
  const decisions = decisionsByGuideline(sources);
  // A local adaptation is adopted by the council's "adapted" decision on the regional text
  // that names it (one resolution, recorded once): a standing one counts for its status.
  const adoptedLocally = new Set<string>();
  for (const written of decisions.values())
    for (const decision of standingEndorsements(written.map(({ endorsement }) => endorsement)).values())
      // A localPolicy on another action is reported as such (rules/adaptations.ts), not twice.
      if (decision.localPolicy) adoptedLocally.add(decision.localPolicy);
  for (const [slug, { source, data }] of sources.policies) {
    // A translation shares its original's decisions: one guideline in two languages.
    const guideline =
      data.translationOf && sources.policies.has(data.translationOf) ? data.translationOf : slug;
    const written = (decisions.get(guideline) ?? []).map(({ endorsement }) => endorsement);
    // A local text whose regional text's file is broken is judged once that file is fixed.
    const regionalBroken =
      data.adaptationOf &&
      sources.present.policy.has(data.adaptationOf.policy) &&
      !sources.policies.has(data.adaptationOf.policy);
    if (
      data.status === 'adopted' &&
      standingEndorsements(written).size === 0 &&
      !adoptedLocally.has(slug) &&
      !regionalBroken
    ) {
      problems.error(
        source,
        ['status'],
        data.adaptationOf
          ? `is "adopted" but no standing "adapted" decision on "${data.adaptationOf.policy}" names this local text; record the council's decision there with "localPolicy: ${slug}", or change the status`
          : `is "adopted" but no municipality has a standing endorsement of this guideline in any language; record the adopting council's decision under endorsements or change the status`,
      );
    }
    if (data.status === 'superseded' && !data.supersededBy) {
      problems.error(
        source,
        ['supersededBy'],
        `is required when status is "superseded": name the policy that replaces this one`,
      );
    }
    if (data.status === 'proposed' && !data.region) {
      problems.error(
        source,
        ['region'],
        `is required when status is "proposed": name the region whose members are asked to co-sign`,
      );
    }
  }
}
