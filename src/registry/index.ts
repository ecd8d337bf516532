import { getCollection } from 'astro:content';
import settings from 'virtual:common-ground/settings';
import { gazetteer } from './gazetteer/gazetteer-bundled.ts';
import { compareVersions, normalizeVersion, sameVersion } from '../lib/versions.ts';
import { readBody } from './bodies.ts';
import { placeAdaptations } from './adaptations.ts';
import { placeGuidelines } from './guidelines.ts';
import { textHash } from '../text/text-hash.ts';
import type { PolicyVersion } from '../schemas/index.ts';
import type {
  EndorsementView,
  GuidelineView,
  MunicipalityView,
  PolicyView,
  RegionView,
  TopicView,
  VersionView,
} from './types.ts';

export type * from './types.ts';
export type { VersionPair } from './comparisons.ts';

/**
 * Every index a page needs, computed once per build. Pages look things up here and never
 * loop over every entry themselves: at 10,000 policies, per-page loops are what make a
 * static build slow.
 */
export interface Registry {
  topics: Map<string, TopicView>;
  municipalities: Map<string, MunicipalityView>;
  regions: Map<string, RegionView>;
  /** Published policies by slug (drafts too, in `astro dev`): every text, translations included. */
  policies: Map<string, PolicyView>;
  /** Each guideline once (an original with its translations), in title order. */
  guidelines: GuidelineView[];
  /** Every endorsement, newest first. */
  endorsements: EndorsementView[];
  policiesByTopic: Map<string, PolicyView[]>;
  policiesByRegion: Map<string, PolicyView[]>;
  /** Each region's guidelines, once each whatever their languages. */
  guidelinesByRegion: Map<string, GuidelineView[]>;
  regionsByMunicipality: Map<string, RegionView[]>;
  /** Every endorsement by municipality, newest first. */
  endorsementsByMunicipality: Map<string, EndorsementView[]>;
}

let registry: Promise<Registry> | undefined;

export function getRegistry(): Promise<Registry> {
  registry ??= buildRegistry();
  return registry;
}

/** Drafts show in `astro dev` with a marker and stay out of the production build. */
const { showDrafts } = settings;

async function buildRegistry(): Promise<Registry> {
  const [topicEntries, municipalityEntries, regionEntries, policyEntries, versionEntries] = await Promise.all(
    [
      getCollection('topics'),
      getCollection('municipalities'),
      getCollection('regions'),
      getCollection('policies', (entry) => showDrafts || entry.data.status !== 'draft'),
      getCollection('versions'),
    ],
  );

  const topics = new Map(topicEntries.map((entry) => [entry.id, { id: entry.id, ...entry.data }]));
  const municipalities = new Map(
    [...municipalityEntries]
      .map((entry) => {
        const division = gazetteer.lookup(entry.data.ocdId);
        // The French name comes from the content when written there, else from the gazetteer.
        return { id: entry.id, ...entry.data, name_fr: entry.data.name_fr ?? division?.name_fr, division };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'en'))
      .map((municipality) => [municipality.id, municipality]),
  );
  const regions = new Map(
    [...regionEntries].sort(byName).map((entry) => [entry.id, { id: entry.id, ...entry.data }]),
  );

  const versionsBySlug = groupBy(versionEntries, (entry) => entry.id.split('/')[0]!);
  const policies = new Map<string, PolicyView>();
  for (const entry of [...policyEntries].sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'))) {
    policies.set(entry.id, toPolicyView(entry, versionsBySlug.get(entry.id) ?? []));
  }

  const all = [...policies.values()];
  for (const policy of all) {
    const original = policy.translationOf ? policies.get(policy.translationOf) : undefined;
    if (original) {
      policy.original = original;
      original.translations.push(policy);
    }
  }
  const guidelines = placeGuidelines(all);
  placeAdaptations(policies);
  const endorsements = all.flatMap((policy) => policy.endorsements).sort(newestFirst);
  const regionsByMunicipality = new Map<string, RegionView[]>();
  for (const region of regions.values()) {
    for (const member of region.members) push(regionsByMunicipality, member, region);
  }
  const policiesByTopic = new Map<string, PolicyView[]>();
  for (const policy of all) for (const topic of policy.topics) push(policiesByTopic, topic, policy);

  return {
    topics,
    municipalities,
    regions,
    policies,
    endorsements,
    policiesByTopic,
    policiesByRegion: groupBy(
      all.filter((policy) => policy.region),
      (policy) => policy.region!,
    ),
    guidelines,
    guidelinesByRegion: groupBy(
      guidelines.filter((guideline) => guideline.original.region),
      (guideline) => guideline.original.region!,
    ),
    regionsByMunicipality,
    endorsementsByMunicipality: groupBy(endorsements, (endorsement) => endorsement.municipality),
  };
}

function toPolicyView(entry: PolicyView['entry'], versionEntries: VersionView['entry'][]): PolicyView {
  const data = entry.data;
  const versions: VersionView[] = [
    { version: data.version, published: data.published, changes: data.changes, current: true, entry },
    ...versionEntries.map((version) => {
      const frozen = version.data as PolicyVersion;
      return { ...frozen, current: false, entry: version };
    }),
  ]
    .map((version) => ({ ...version, textHash: hashOf(version.entry), endorsements: [] }))
    .sort((a, b) => compareVersions(b.version, a.version));
  const versionOf = (version: string) => versions.find((v) => sameVersion(v.version, version))!;

  const policy = {
    ...data,
    slug: entry.id,
    entry,
    versions,
    isDraft: data.status === 'draft',
    translations: [],
    adaptations: [],
  } as unknown as PolicyView;
  // In file order: standing is decided in it (see guidelines.ts), which also sets `current`,
  // `standing` and each version's decisions, across the guideline's translations.
  policy.endorsements = data.endorsements.map((endorsement) => ({
    ...endorsement,
    policy,
    anchor: `endorsement-${endorsement.municipality}-${endorsement.action}-${normalizeVersion(endorsement.version).replace('.', '-')}`,
    current: false,
    latest: false,
    standing: false,
    // The build has already stopped if a recorded hash differs from the text.
    signedHash: endorsement.textHash ?? versionOf(endorsement.version).textHash,
  }));
  return policy;
}

/** Hashes the body as the content check does: read from the file, not Astro's trimmed copy. */
function hashOf(entry: VersionView['entry']): string {
  return textHash(readBody(entry));
}

function newestFirst(a: { date: string }, b: { date: string }): number {
  return b.date.localeCompare(a.date);
}

function byName(a: { data: { name: string } }, b: { data: { name: string } }): number {
  return a.data.name.localeCompare(b.data.name, 'en');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function groupBy<K, V>(items: readonly V[], key: (item: V) => K): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const item of items) push(map, key(item), item);
  return map;
}
