import settings from 'virtual:common-ground/settings';
import type { EndorsementView, PolicyView, Registry, VersionView } from '../registry/index.ts';
import { addDays } from '../lib/review-date.ts';
import { isOverdue } from '../lib/reviews.ts';

/**
 * What the feeds announce: a proposal opened for co-signing, a version published, a
 * council's decision, a review that fell overdue (dated the day after its `reviewBy`, once
 * the build's day is past it: src/lib/review-date.ts). Computed once per build and indexed by region and by municipality,
 * so that thousands of per-municipality feeds cost one pass over the registry.
 */
export type FeedEvent =
  | { type: 'proposal'; date: string; policy: PolicyView; version: VersionView }
  | { type: 'version'; date: string; policy: PolicyView; version: VersionView }
  | { type: 'endorsement'; date: string; policy: PolicyView; endorsement: EndorsementView }
  | { type: 'review-overdue'; date: string; policy: PolicyView; reviewBy: string };

export interface FeedIndex {
  all: FeedEvent[];
  byRegion: Map<string, FeedEvent[]>;
  byMunicipality: Map<string, FeedEvent[]>;
}

/** How many entries a feed carries: enough for a reader that checks weekly. */
export const FEED_LENGTH = 50;

const indexes = new WeakMap<Registry, FeedIndex>();

export function feedIndex(registry: Registry): FeedIndex {
  let index = indexes.get(registry);
  if (!index) indexes.set(registry, (index = buildIndex(registry)));
  return index;
}

function buildIndex(registry: Registry): FeedIndex {
  const all: FeedEvent[] = [];
  for (const policy of registry.policies.values()) {
    for (const version of policy.versions) {
      // A translation is the same proposal in another language: announced once, by its original.
      const proposal = version.current && policy.status === 'proposed' && !policy.original;
      all.push({ type: proposal ? 'proposal' : 'version', date: version.published, policy, version });
    }
    if (isOverdue(policy, settings.today)) {
      const reviewBy = policy.reviewBy!;
      all.push({ type: 'review-overdue', date: addDays(reviewBy, 1), policy, reviewBy });
    }
  }
  for (const endorsement of registry.endorsements) {
    all.push({ type: 'endorsement', date: endorsement.date, policy: endorsement.policy, endorsement });
  }
  all.sort((a, b) => b.date.localeCompare(a.date));

  const byRegion = new Map<string, FeedEvent[]>();
  const byMunicipality = new Map<string, FeedEvent[]>();
  const add = (map: Map<string, FeedEvent[]>, key: string, event: FeedEvent) => {
    const list = map.get(key);
    if (!list) map.set(key, [event]);
    else if (list.length < FEED_LENGTH && list.at(-1) !== event) list.push(event);
  };
  for (const event of all) {
    const region = event.policy.region ? registry.regions.get(event.policy.region) : undefined;
    if (region) add(byRegion, region.id, event);
    // A municipality hears of its own decisions, and of the texts its regions ask it to sign.
    if (event.type === 'endorsement') add(byMunicipality, event.endorsement.municipality, event);
    else for (const member of region?.members ?? []) add(byMunicipality, member, event);
    // An overdue review concerns every council that stands behind the text, in a region or not.
    if (event.type === 'review-overdue')
      for (const member of event.policy.guideline.standing.keys()) add(byMunicipality, member, event);
  }
  return { all: all.slice(0, FEED_LENGTH), byRegion, byMunicipality };
}
