import { createHash } from 'node:crypto';
import settings from 'virtual:common-ground/settings';
import type { Registry } from './index.ts';
import type { EndorsementView, GuidelineView, PolicyView } from './types.ts';

/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * code are unchanged since the last build is restored instead of rendered. A key is a digest
 * of all the data the page shows, so it must be conservative: when in doubt, a page reads the
 * shared digest, which changes with any name, title, status or version in the registry.
 *
 * What one clerk's new decision changes: its guideline's pages, its municipality's page and
 * its region's page (and the listings, feeds and exports, which have no key and always render).
 */
export interface PageKeys {
  /**
   * Every page of a guideline's texts: policy, versions, comparisons, council package. A
   * local adaptation's pages also show the regional text it adapts and the decision that
   * names it: its key includes that guideline's.
   */
  guideline(guideline: GuidelineView): string;
  /** A local text's differences from the regional text: its data and words, the regional version's words, the decision. */
  differences(local: PolicyView): string;
  /** A municipality's page: its own decisions, and what its regions ask of it. */
  municipality(id: string): string;
  /** A region's page: the matrix of its guidelines. */
  region(id: string): string;
  /** Pages that show only names, titles and statuses (topic pages). */
  shared: string;
}

const computed = new WeakMap<Registry, PageKeys>();

export function pageKeys(registry: Registry): PageKeys {
  let keys = computed.get(registry);
  if (!keys) computed.set(registry, (keys = makeKeys(registry)));
  return keys;
}

function makeKeys(registry: Registry): PageKeys {
  const shared = digest(
    settings,
    // Review dates are judged against the build's day.
    new Date().toISOString().slice(0, 10),
    [...registry.topics.values()],
    [...registry.municipalities.values()],
    [...registry.regions.values()],
    [...registry.policies.values()].map(listing),
  );
  const guidelines = new Map<GuidelineView, string>();
  const guideline = (g: GuidelineView) => {
    let key = guidelines.get(g);
    if (!key) {
      const adapted = g.texts.map(
        (text) => text.adaptation && text.adaptation.regional.guideline.texts.map(full),
      );
      guidelines.set(g, (key = digest(shared, g.texts.map(full), adapted)));
    }
    return key;
  };
  return {
    shared,
    guideline,
    // What the page shows of the regional text is its listing (in `shared`), the words of the
    // version adapted and the one decision: another council's decision leaves it as it was.
    differences: (local) =>
      digest(
        shared,
        local.guideline.texts.map(full),
        local.adaptation?.version.textHash,
        local.adaptation?.decision && decision(local.adaptation.decision),
      ),
    municipality: (id) => digest(shared, (registry.endorsementsByMunicipality.get(id) ?? []).map(decision)),
    region: (id) => digest(shared, (registry.guidelinesByRegion.get(id) ?? []).map(guideline)),
  };
}

/** What other pages show of a policy: everything but its decisions and its words. */
function listing(policy: PolicyView): unknown {
  const { endorsements: _decisions, ...data } = policy.entry.data;
  return [
    policy.slug,
    data,
    policy.versions.map((version) => [version.version, version.published, version.changes]),
  ];
}

/**
 * Everything a text's own pages show: its data and decisions, and the hash of every version's
 * words (a decision's page elsewhere carries its signed hash: see `decision`).
 */
function full(policy: PolicyView): unknown {
  return [
    listing(policy),
    policy.entry.data.endorsements,
    policy.versions.map((version) => version.textHash),
  ];
}

/** A decision as a municipality's page shows it, with what the registry derived from it. */
function decision(e: EndorsementView): unknown {
  const { policy: _policy, followedBy, localText, ...data } = e;
  return [e.policy.slug, data, followedBy?.anchor, followedBy?.policy.slug, localText?.slug];
}

function digest(...values: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(values)).digest('base64url');
}
