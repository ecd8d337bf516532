import type { Lang } from '../i18n/index.ts';
import { comparisonPairs } from '../registry/comparisons.ts';
import type {
  EndorsementView,
  PolicyView,
  GuidelineView,
  MunicipalityView,
  Registry,
  RegionView,
  VersionView,
} from '../registry/index.ts';
import {
  memberStanding,
  signingRequest,
  type MemberStanding,
  type SigningRequest,
} from '../registry/standing.ts';
import { textWithVersions } from '../registry/texts-in.ts';
import { compareVersions } from '../lib/versions.ts';

/**
 * What the council package shows of one member of the guideline's region: where it stands
 * (docs/DESIGN.md, "Words the pages and rules use"), what it is asked to sign, and for a
 * re-endorsement or a return what changed since the version of its last decision.
 */
export interface PackageMember {
  municipality: MunicipalityView;
  standing: MemberStanding;
  /** Its first signature, re-endorsement or return; none once it stands behind the current version. */
  request?: SigningRequest;
  /** The versions of the original published after the one it decided on, newest first. */
  since: VersionView[];
  /** The comparison of that version with the current one, in the reader's language when it has both. */
  comparison?: { slug: string; from: string; to: string };
}

/** The decision a re-endorsement would replace, or the rescission a return would end. */
export function earlierDecision(request: SigningRequest | undefined): EndorsementView | undefined {
  return request && request.kind !== 'first' ? request.decision : undefined;
}

/**
 * The members a package is written for: those with something to sign, as the page offers.
 * Kept per text and language: the page, its Word files, their routes' paths and the members' passages each ask.
 */
const recipients = new WeakMap<PolicyView, Partial<Record<Lang, PackageMember[]>>>();

export function packageRecipients(page: PolicyView, registry: Registry, lang: Lang): PackageMember[] {
  let byLang = recipients.get(page);
  if (!byLang) recipients.set(page, (byLang = {}));
  return (byLang[lang] ??= recipientsOf(page, registry, lang));
}

function recipientsOf(page: PolicyView, registry: Registry, lang: Lang): PackageMember[] {
  const { original } = page.guideline;
  const region = original.region ? registry.regions.get(original.region) : undefined;
  return region ? packageMembers(page.guideline, region, registry, lang).filter((m) => m.request) : [];
}

export function packageMembers(
  guideline: GuidelineView,
  region: RegionView,
  registry: Registry,
  lang: Lang,
): PackageMember[] {
  return region.members.flatMap((id): PackageMember[] => {
    const municipality = registry.municipalities.get(id);
    if (!municipality) return [];
    const standing = memberStanding(guideline, id);
    const request = signingRequest(guideline, id);
    const decided = earlierDecision(request)?.version;
    if (!decided) return [{ municipality, standing, request, since: [] }];
    const since = guideline.original.versions.filter((v) => compareVersions(v.version, decided) > 0);
    return [{ municipality, standing, request, since, comparison: comparison(guideline, decided, lang) }];
  });
}

/**
 * The published comparison of a signed version with the current one (comparisons.ts publishes
 * one for every version a council decided on): the reader's language's text when it has both
 * versions, else the original's.
 */
function comparison(guideline: GuidelineView, from: string, lang: Lang): PackageMember['comparison'] {
  if (compareVersions(from, guideline.version) >= 0) return undefined;
  for (const text of new Set([
    textWithVersions(guideline, lang, from, guideline.version),
    guideline.original,
  ])) {
    const pair = comparisonPairs(text).find(
      (p) =>
        compareVersions(p.from.version, from) === 0 && compareVersions(p.to.version, guideline.version) === 0,
    );
    if (pair) return { slug: text.slug, from: pair.from.version, to: pair.to.version };
  }
  return undefined;
}
