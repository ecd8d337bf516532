import { addDays } from '../../lib/review-date.ts';
import { sameVersion } from '../../lib/versions.ts';
import { decisionsByGuideline } from '../guidelines.ts';
import type { Problems } from '../problems.ts';
import type { RegistrySources } from '../registry-sources.ts';

/** How long a proposal may wait for a first decision before the check asks about it. */
const PROPOSAL_PATIENCE_DAYS = 365;

/**
 * Review cycles, as warnings: nothing is wrong with the content, but its stewards have
 * something to do. A text whose `reviewBy` has passed is overdue for review; a proposal
 * whose current version has waited a year without one council decision on it (in any of
 * its languages) is stalled. `today` is the build's (src/lib/review-date.ts).
 */
export function checkReviews(sources: RegistrySources, problems: Problems, today: string): void {
  const decisions = decisionsByGuideline(sources);
  const yearAgo = addDays(today, -PROPOSAL_PATIENCE_DAYS);
  for (const [slug, { source, data }] of sources.policies) {
    if (['draft', 'withdrawn', 'superseded'].includes(data.status)) continue;
    if (data.reviewBy !== undefined && data.reviewBy < today) {
      problems.warning(
        source,
        ['reviewBy'],
        `the review due on ${data.reviewBy} is overdue: review the text, then publish a new version or set the next reviewBy date`,
      );
    }
    // A translation is the same proposal: asked about once, by its original.
    const translates = data.translationOf !== undefined && sources.policies.has(data.translationOf);
    if (data.status !== 'proposed' || translates || data.published > yearAgo) continue;
    const onCurrent = (decisions.get(slug) ?? []).filter(({ endorsement }) =>
      sameVersion(endorsement.version, data.version),
    );
    if (onCurrent.length === 0) {
      problems.warning(
        source,
        ['status'],
        `version ${data.version} has been proposed since ${data.published}, over a year, and no council has decided on it: follow it up with the members, or withdraw it`,
      );
    }
  }
}
