import { decideStanding, isCurrent } from '../lib/endorsements.ts';
import { sameVersion } from '../lib/versions.ts';
import type { EndorsementView, GuidelineView, PolicyView } from './types.ts';

/**
 * Joins each original text with its translations into one guideline and decides, once for
 * the build, where every council stands on it. A translation is the same guideline in the
 * other language: a decision on either text counts for both (docs/DESIGN.md, "standing
 * decision"). Texts must already know their `original` and `translations`.
 */
export function placeGuidelines(policies: Iterable<PolicyView>): GuidelineView[] {
  const guidelines: GuidelineView[] = [];
  for (const original of policies) {
    if (original.original) continue;
    guidelines.push(placeGuideline(original));
  }
  return guidelines;
}

function placeGuideline(original: PolicyView): GuidelineView {
  const texts = [original, ...original.translations];
  // The order standing is decided in: the original's list, then each translation's, as written.
  const inFileOrder = texts.flatMap((text) => text.endorsements);
  const { latest, standing, followedBy } = decideStanding(inFileOrder);
  const rescinded = new Map([...latest].filter(([, decision]) => decision.action === 'rescinded'));
  const guideline: GuidelineView = {
    original,
    texts,
    version: original.version,
    decisions: [...inFileOrder].sort(newestFirst),
    standing,
    rescinded,
  };
  for (const decision of inFileOrder) {
    decision.current = isCurrent(decision, guideline.version);
    decision.latest = latest.get(decision.municipality) === decision;
    decision.standing = standing.get(decision.municipality) === decision;
    decision.followedBy = followedBy.get(decision);
  }
  for (const text of texts) {
    text.guideline = guideline;
    text.standing = standing;
    text.endorsements.sort(newestFirst);
    for (const version of text.versions) version.endorsements = [];
  }
  for (const decision of guideline.decisions) {
    for (const text of texts) {
      text.versions
        .find((version) => sameVersion(version.version, decision.version))
        ?.endorsements.push(decision);
    }
  }
  return guideline;
}

function newestFirst(a: EndorsementView, b: EndorsementView): number {
  return b.date.localeCompare(a.date);
}
