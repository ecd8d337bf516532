import { addDays, REVIEW_WINDOW_DAYS } from './review-date.ts';
import type { PolicyView, Registry } from '../registry/index.ts';

/**
 * Review cycles: each text's `reviewBy` is its next scheduled review. A text is **overdue**
 * once that day has passed, and **due soon** when it falls in the next 90 days. A withdrawn
 * or superseded text is not reviewed any more. Translations are texts of their own: a
 * translation can be due for review apart from its original.
 */
export interface ReviewsDue {
  /** Oldest first: the longest overdue leads. */
  overdue: PolicyView[];
  /** Soonest first. */
  upcoming: PolicyView[];
}

export function isReviewed(policy: PolicyView): policy is PolicyView & { reviewBy: string } {
  return policy.reviewBy !== undefined && !['withdrawn', 'superseded'].includes(policy.status);
}

/** Whether the text's review date has passed on `today`. */
export function isOverdue(policy: PolicyView, today: string): boolean {
  return isReviewed(policy) && policy.reviewBy < today;
}

export function reviewsDue(policies: Iterable<PolicyView>, today: string): ReviewsDue {
  const horizon = addDays(today, REVIEW_WINDOW_DAYS);
  const due: ReviewsDue = { overdue: [], upcoming: [] };
  const seen = new Set<string>();
  for (const policy of policies) {
    if (!isReviewed(policy) || seen.has(policy.slug)) continue;
    seen.add(policy.slug);
    if (policy.reviewBy < today) due.overdue.push(policy);
    else if (policy.reviewBy <= horizon) due.upcoming.push(policy);
  }
  const byDate = (a: PolicyView, b: PolicyView) =>
    a.reviewBy!.localeCompare(b.reviewBy!) || a.title.localeCompare(b.title, 'en');
  due.overdue.sort(byDate);
  due.upcoming.sort(byDate);
  return due;
}

/** A region's texts: every text of every guideline it stewards. */
export function regionPolicies(registry: Registry, region: string): PolicyView[] {
  return registry.policiesByRegion.get(region) ?? [];
}

/**
 * The texts a municipality stands behind: every text of each guideline on which it has a
 * standing decision (any version, any language): its council answers for their review too.
 */
export function municipalityPolicies(registry: Registry, municipality: string): PolicyView[] {
  const texts = new Set<PolicyView>();
  for (const decision of registry.endorsementsByMunicipality.get(municipality) ?? []) {
    if (!decision.standing) continue;
    for (const text of decision.policy.guideline.texts) texts.add(text);
  }
  return [...texts];
}
