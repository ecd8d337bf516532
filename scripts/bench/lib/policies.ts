/**
 * Synthetic policies that pass every content rule: versions published in order, endorsements
 * by region members after the version they sign, standing endorsements behind every
 * adoption, supersession and translation links to published policies only.
 */
import { textHash } from '../../../src/text/text-hash.ts';
import type { EndorsementAction, PolicyKind, PolicyStatus } from '../../../src/schemas/index.ts';
import { kebab, uniqueId } from './ids.ts';
import type { Place, RegionPlan } from './places.ts';
import { createRandom, type Random } from './random.ts';
import { policyText, revisedText, sentence, type PolicyText, type TextContext } from './text.ts';
import { english, french, type Lexicon } from './words.ts';

export interface TopicPlan {
  id: string;
  name: string;
  name_fr: string;
}

export interface VersionPlan {
  version: string;
  published: string;
  changes?: string;
  text: PolicyText;
}

export interface EndorsementPlan {
  municipality: string;
  action: EndorsementAction;
  version: string;
  date: string;
  body?: string;
  instrument: string;
  textHash?: string;
  notes?: string;
}

export interface PolicyPlan {
  slug: string;
  title: string;
  summary: string;
  kind: PolicyKind;
  status: PolicyStatus;
  topics: string[];
  region?: string;
  /** Oldest first; the last is the current version (index.mdx). */
  versions: VersionPlan[];
  reviewBy?: string;
  supersededBy?: string;
  license?: string;
  lang: 'en' | 'fr';
  translationOf?: string;
  endorsements: EndorsementPlan[];
}

export interface PolicyWorld {
  random: Random;
  regions: RegionPlan[];
  municipalities: Place[];
  topics: TopicPlan[];
  /** Days since 1970: the first possible publication, and the last possible decision. */
  firstDay: number;
  lastDay: number;
  /**
   * Multiplies the share of a region's members that sign (capped at all of them); the
   * generator adjusts it as it goes to reach an `--endorsements` target. 1 when unset.
   */
  endorsementScale?: number;
}

/** What earlier policies a new one may point to: published ones only. */
interface Published {
  /** With who decided on it, so that a translation's decisions never repeat its original's. */
  all: { slug: string; lang: 'en' | 'fr'; original: boolean; deciders: Set<string> }[];
  byRegion: Map<string, string[]>;
}

/** Writes policies one at a time, so that 10,000 long texts never sit in memory together. */
export function createPolicyMaker(world: PolicyWorld): () => PolicyPlan {
  const { random } = world;
  const slugs = new Set<string>();
  const published: Published = { all: [], byRegion: new Map() };
  let instrument = 0;

  return () => {
    const own = random.chance(0.08);
    const region = own ? undefined : random.pick(world.regions);
    const members = region ? region.members : [random.pick(world.municipalities)];
    const quebec = members[0]!.province === '24';
    const lang = random.chance(quebec ? 0.85 : 0.03) ? 'fr' : 'en';
    const lexicon = lang === 'fr' ? french : english;
    const topics = [...new Set(Array.from({ length: random.int(1, 3) }, () => random.zipf(world.topics)))];
    const topic = lang === 'fr' ? topics[0]!.name_fr : topics[0]!.name;
    const kind = random.weighted<PolicyKind>({
      guideline: 35,
      policy: 25,
      standard: 15,
      framework: 15,
      template: 10,
    });
    let status = random.weighted<PolicyStatus>({
      adopted: 45,
      proposed: own ? 0 : 18,
      'under-review': 10,
      superseded: 8,
      withdrawn: 6,
      draft: 5,
    });
    const context: TextContext = {
      lexicon,
      topicNouns: topicNouns(lexicon, topics[0]!.id),
      places: [...members.map((m) => m.name), region?.name ?? members[0]!.name],
      topic,
    };
    const title = titleOf(random, lexicon, region?.name ?? members[0]!.name, topic, kind);
    const slug = uniqueId(kebab(title), slugs);
    const versions = versionsOf(random, world, context);
    const current = versions[versions.length - 1]!;

    let supersededBy: string | undefined;
    if (status === 'superseded') {
      const candidates = (region && published.byRegion.get(region.id)) || published.all.map((p) => p.slug);
      if (candidates.length) supersededBy = random.pick(candidates);
      else status = 'adopted';
    }
    // A translation translates an original (the check refuses a translation of a translation).
    const others = published.all.filter((p) => p.lang !== lang && p.original);
    const original = others.length && random.chance(0.05) ? random.pick(others) : undefined;
    const translationOf = original?.slug;

    let endorsements =
      status === 'draft'
        ? []
        : endorsementsOf(random, world, { status, members, versions, own, next: () => ++instrument });
    // One guideline in two languages: a council decides on it once, on either text.
    if (original) {
      endorsements = endorsements.filter((decision) => !original.deciders.has(decision.municipality));
      // Its status must hold on decisions of its own, whatever became of the original's.
      if (status === 'adopted' && !endorsements.some((decision) => decision.action !== 'rescinded'))
        status = 'under-review';
    }

    if (status !== 'draft') {
      published.all.push({
        slug,
        lang,
        original: !translationOf,
        deciders: new Set(endorsements.map((decision) => decision.municipality)),
      });
      if (region) published.byRegion.set(region.id, [...(published.byRegion.get(region.id) ?? []), slug]);
    }
    return {
      slug,
      title,
      summary: sentence(random, context),
      kind,
      status,
      topics: topics.map((t) => t.id),
      region: region?.id,
      versions,
      reviewBy: random.chance(0.5) ? addDays(current.published, random.int(2, 3) * 365) : undefined,
      supersededBy,
      license: random.chance(0.7) ? random.pick(['CC-BY-4.0', 'CC0-1.0', 'CC-BY-SA-4.0']) : undefined,
      lang,
      translationOf,
      endorsements,
    };
  };
}

const topicVocabularies = new Map<string, string[]>();

/** The 30 nouns a topic uses most, the same for every policy on it (and any seed). */
function topicNouns(lexicon: Lexicon, topic: string): string[] {
  const key = `${lexicon.sections.purpose}:${topic}`;
  let nouns = topicVocabularies.get(key);
  if (!nouns) topicVocabularies.set(key, (nouns = createRandom(key).sample(lexicon.nouns, 30)));
  return nouns;
}

function titleOf(random: Random, lexicon: Lexicon, place: string, topic: string, kind: PolicyKind): string {
  return random
    .pick(lexicon.titles)
    .replace('{region}', place)
    .replace('{topic}', topic)
    .replace('{kind}', lexicon.kinds[kind]!)
    .replace('{qualifier}', random.pick(lexicon.qualifiers));
}

/** 1 to 3 versions, published in order, each text a revision of the one before. */
function versionsOf(random: Random, world: PolicyWorld, context: TextContext): VersionPlan[] {
  const count = Number(random.weighted({ 1: 5, 2: 3, 3: 2 }));
  let day = random.int(world.firstDay, world.lastDay - 400 * count);
  let [major, minor] = [1, 0];
  let text = policyText(random, context, random.int(800, 2600));
  const versions: VersionPlan[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) {
      if (random.chance(0.7)) minor += 1;
      else [major, minor] = [major + 1, 0];
      day += random.int(60, 400);
      text = revisedText(random, context, text);
    }
    versions.push({
      version: `${major}.${minor}`,
      published: isoDate(day),
      changes: i === 0 ? 'First published version.' : sentence(random, context),
      text,
    });
  }
  return versions;
}

/**
 * Council decisions: a share of the members sign (by status), some an earlier version
 * (re-endorsement pending), a few rescind later; every date follows the version's publication.
 */
function endorsementsOf(
  random: Random,
  world: PolicyWorld,
  plan: { status: PolicyStatus; members: Place[]; versions: VersionPlan[]; own: boolean; next: () => number },
): EndorsementPlan[] {
  const { status, members, versions } = plan;
  const share = {
    adopted: [0.3, 1],
    proposed: [0, 0.6],
    'under-review': [0.3, 0.9],
    superseded: [0.2, 0.8],
    withdrawn: [0, 0.3],
    draft: [0, 0],
  }[status];
  const signers = plan.own
    ? members
    : random.sample(
        members,
        Math.min(
          members.length,
          Math.round(
            members.length *
              (world.endorsementScale ?? 1) *
              (share[0]! + random.next() * (share[1]! - share[0]!)),
          ),
        ),
      );
  const decisions: EndorsementPlan[] = [];
  const decide = (municipality: string, action: EndorsementAction, version: VersionPlan, after: string) => {
    const from = Math.max(day(version.published), day(after));
    if (from > world.lastDay) return undefined;
    const date = isoDate(random.int(from, Math.min(world.lastDay, from + 365)));
    const decision: EndorsementPlan = {
      municipality,
      action,
      version: version.version,
      date,
      body: random.chance(0.15) ? 'General Government Committee' : undefined,
      instrument: `DEMO-${date.slice(0, 4)}-${String(plan.next()).padStart(5, '0')}`,
      textHash: random.chance(0.25) ? textHash(version.text.body) : undefined,
      notes: action === 'adapted' ? 'Adopted with a local retention schedule.' : undefined,
    };
    decisions.push(decision);
    return decision;
  };
  const action = (): EndorsementAction =>
    plan.own ? 'adopted' : random.weighted({ 'co-signed': 7, adopted: 2, adapted: 1 });
  const current = versions[versions.length - 1]!;
  for (const member of signers) {
    let last: EndorsementPlan | undefined;
    if (versions.length > 1 && random.chance(0.3)) {
      last = decide(member.id, action(), random.pick(versions.slice(0, -1)), versions[0]!.published);
      if (last && random.chance(0.5)) last = decide(member.id, action(), current, last.date) ?? last;
    } else last = decide(member.id, action(), current, current.published);
    if (last && random.chance(0.04))
      decide(
        member.id,
        'rescinded',
        versions.find((v) => v.version === last!.version)!,
        addDays(last.date, 1),
      );
  }
  // An adopted policy needs a standing endorsement.
  const standing = new Map<string, EndorsementPlan>();
  for (const decision of decisions) standing.set(decision.municipality, decision);
  if (status === 'adopted' && ![...standing.values()].some((decision) => decision.action !== 'rescinded')) {
    const signer = members.find((member) => !standing.has(member.id)) ?? members[0]!;
    decisions.splice(
      0,
      decisions.length,
      ...decisions.filter((decision) => decision.municipality !== signer.id),
    );
    decide(signer.id, 'adopted', current, current.published);
  }
  return decisions.sort((a, b) => a.date.localeCompare(b.date));
}

export function day(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

export function isoDate(days: number): string {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  return isoDate(day(date) + days);
}
