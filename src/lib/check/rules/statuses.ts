import { standingEndorsements } from '../../endorsements.ts';
import type { Problems } from '../problems.ts';
import type { RegistrySources } from '../registry-sources.ts';

/** A status is a claim; these are the facts each one needs. */
export function checkStatuses(sources: RegistrySources, problems: Problems): void {
  for (const { source, data } of sources.policies.values()) {
    if (data.status === 'adopted' && standingEndorsements(data.endorsements).size === 0) {
      problems.error(
        source,
        ['status'],
        `is "adopted" but no municipality has a standing endorsement; record the adopting council's decision under endorsements or change the status`,
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
