import { standingEndorsements } from '../../lib/endorsements.ts';
import { decisionsByGuideline } from '../guidelines.ts';
import type { Problems } from '../problems.ts';
import type { RegistrySources } from '../registry-sources.ts';

/** A status is a claim; these are the facts each one needs. */
export function checkStatuses(sources: RegistrySources, problems: Problems): void {
  const decisions = decisionsByGuideline(sources);
  for (const [slug, { source, data }] of sources.policies) {
    // A translation shares its original's decisions: one guideline in two languages.
    const guideline =
      data.translationOf && sources.policies.has(data.translationOf) ? data.translationOf : slug;
    const written = (decisions.get(guideline) ?? []).map(({ endorsement }) => endorsement);
    if (data.status === 'adopted' && standingEndorsements(written).size === 0) {
      problems.error(
        source,
        ['status'],
        `is "adopted" but no municipality has a standing endorsement of this guideline in any language; record the adopting council's decision under endorsements or change the status`,
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
