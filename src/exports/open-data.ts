import { dataFr } from '../i18n/data-fr.ts';
import type { Lang } from '../i18n/index.ts';
import type { Registry } from '../registry/index.ts';
import { support } from '../registry/standing.ts';
import { absoluteUrl, urls } from '../lib/urls.ts';

/**
 * The open-data exports: one table per kind of thing, every row with its stable id and its
 * page URL. Columns are defined once, with their meaning, so the JSON, the CSV and the
 * /data/ documentation page can never disagree.
 */
export type Value = string | number | boolean | string[] | undefined;

export interface Column<Row> {
  name: string;
  description: string;
  value: (row: Row) => Value;
}

export interface Dataset {
  name: 'policies' | 'versions' | 'endorsements' | 'municipalities' | 'regions' | 'topics';
  description: string;
  columns: Column<never>[];
  rows: (registry: Registry) => unknown[];
}

function dataset<Row>(
  name: Dataset['name'],
  description: string,
  rows: (registry: Registry) => Row[],
  columns: Column<Row>[],
): Dataset {
  return { name, description, rows, columns: columns as Column<never>[] };
}

/** Every dataset, given the site URL that makes page URLs absolute. */
export function datasets(site: URL | undefined): Dataset[] {
  const page = (path: string) => absoluteUrl(path, site);
  return [
    dataset(
      'policies',
      'Every published policy, guideline, standard, template and framework, at its current version.',
      (r) => [...r.policies.values()],
      [
        { name: 'id', description: 'The policy’s permanent identifier (its slug).', value: (p) => p.slug },
        { name: 'url', description: 'Its page.', value: (p) => page(urls.policy(p.slug)) },
        { name: 'title', description: 'Its title.', value: (p) => p.title },
        { name: 'summary', description: 'One plain-language paragraph.', value: (p) => p.summary },
        {
          name: 'kind',
          description: 'policy, guideline, standard, template or framework.',
          value: (p) => p.kind,
        },
        {
          name: 'status',
          description: 'proposed (open for co-signing), adopted, under-review, superseded or withdrawn.',
          value: (p) => p.status,
        },
        { name: 'lang', description: 'The language of the text: en or fr.', value: (p) => p.lang },
        {
          name: 'region',
          description: 'The id of the region that publishes it; empty for a municipality’s own policy.',
          value: (p) => p.region,
        },
        { name: 'topics', description: 'Topic ids (separated by ; in CSV).', value: (p) => p.topics },
        { name: 'version', description: 'The current version, MAJOR.MINOR.', value: (p) => p.version },
        {
          name: 'published',
          description: 'When the current version was published (YYYY-MM-DD).',
          value: (p) => p.published,
        },
        { name: 'reviewBy', description: 'When it is next due for review.', value: (p) => p.reviewBy },
        { name: 'license', description: 'The SPDX id of the text’s reuse licence.', value: (p) => p.license },
        {
          name: 'supersededBy',
          description: 'The id of the policy that replaces it.',
          value: (p) => p.supersededBy,
        },
        {
          name: 'translationOf',
          description: 'The id of the policy it translates.',
          value: (p) => p.translationOf,
        },
        {
          name: 'municipality',
          description:
            'The id of the municipality whose own text it is (a local adaptation, for one); empty for a region’s.',
          value: (p) => p.municipality,
        },
        {
          name: 'adaptationOf',
          description: 'For a local adaptation: the id of the regional text it adapts.',
          value: (p) => p.adaptation?.regional.slug,
        },
        {
          name: 'adaptationOfVersion',
          description: 'The version of that regional text it adapts.',
          value: (p) => p.adaptation?.version.version,
        },
        {
          name: 'differences',
          description: 'For a local adaptation: the page of its differences from the regional text.',
          value: (p) => p.adaptation && page(urls.differences(p.slug)),
        },
        {
          name: 'textHash',
          description: 'sha256: fingerprint of the current text.',
          value: (p) => p.versions[0]!.textHash,
        },
        {
          name: 'standingEndorsements',
          description:
            'How many municipalities stand by the guideline, on this text or a translation (latest decision not rescinded).',
          value: (p) => p.standing.size,
        },
        {
          name: 'standingCurrent',
          description: 'How many of those stand by the current version.',
          value: (p) => support(p.guideline).current,
        },
        {
          name: 'standingEarlier',
          description: 'How many stand by an earlier version (re-endorsement pending).',
          value: (p) => support(p.guideline).earlier,
        },
        {
          name: 'standingAsIs',
          description: 'How many of the standing endorsements took the text as it is (co-signed or adopted).',
          value: (p) => support(p.guideline).asIs,
        },
        {
          name: 'standingAdapted',
          description: 'How many adapted it (adopted with local changes), of any version.',
          value: (p) => support(p.guideline).adapted,
        },
        {
          name: 'guideline',
          description: 'The id of the original text: a translation and its original are one guideline.',
          value: (p) => p.guideline.original.slug,
        },
        { name: 'versions', description: 'How many versions it has had.', value: (p) => p.versions.length },
      ],
    ),
    dataset(
      'versions',
      'Every version of every policy: the current one and each earlier, frozen text.',
      (r) => [...r.policies.values()].flatMap((p) => p.versions.map((v) => ({ p, v }))),
      [
        {
          name: 'id',
          description: 'policy id, @, version: e.g. durham-data-principles@1.1.',
          value: ({ p, v }) => `${p.slug}@${v.version}`,
        },
        {
          name: 'url',
          description: 'The frozen version’s page.',
          value: ({ p, v }) => page(urls.version(p.slug, v.version)),
        },
        { name: 'policy', description: 'The policy id.', value: ({ p }) => p.slug },
        { name: 'version', description: 'MAJOR.MINOR.', value: ({ v }) => v.version },
        { name: 'published', description: 'When it was published.', value: ({ v }) => v.published },
        {
          name: 'current',
          description: 'Whether it is the policy’s current version.',
          value: ({ v }) => v.current,
        },
        {
          name: 'changes',
          description: 'What it changed from the version before.',
          value: ({ v }) => v.changes,
        },
        {
          name: 'textHash',
          description: 'sha256: fingerprint of its text, as defined in the registry’s design.',
          value: ({ v }) => v.textHash,
        },
        {
          name: 'endorsements',
          description: 'How many council decisions name this version, in any language of the guideline.',
          value: ({ v }) => v.endorsements.length,
        },
        {
          name: 'standing',
          description: 'How many of those are standing decisions.',
          value: ({ v }) => v.endorsements.filter((e) => e.standing).length,
        },
      ],
    ),
    dataset(
      'endorsements',
      'Every council decision about a version of a policy: co-signed, adopted, adapted or rescinded.',
      (r) => r.endorsements,
      [
        {
          name: 'id',
          description:
            'policy/municipality/action/version: unique, since a council records an action on a version once.',
          value: (e) => `${e.policy.slug}/${e.municipality}/${e.action}/${e.version}`,
        },
        {
          name: 'url',
          description: 'Its permanent address on the policy page.',
          value: (e) => page(urls.endorsement(e.policy.slug, e.anchor)),
        },
        { name: 'policy', description: 'The policy id.', value: (e) => e.policy.slug },
        { name: 'version', description: 'The exact version decided on.', value: (e) => e.version },
        { name: 'municipality', description: 'The municipality id.', value: (e) => e.municipality },
        {
          name: 'action',
          description: 'co-signed, adopted, adapted (with local changes) or rescinded.',
          value: (e) => e.action,
        },
        { name: 'date', description: 'The date of the council decision.', value: (e) => e.date },
        {
          name: 'body',
          description: 'The deciding body as recorded: Council by default, or one of its committees.',
          value: (e) => e.body,
        },
        {
          name: 'instrument',
          description: 'The resolution, motion or by-law reference.',
          value: (e) => e.instrument,
        },
        { name: 'sourceUrl', description: 'The minutes or resolution online.', value: (e) => e.sourceUrl },
        {
          name: 'textHash',
          description:
            'sha256: fingerprint of the signed text: recorded with the decision, or computed from the version.',
          value: (e) => e.signedHash,
        },
        {
          name: 'textHashRecorded',
          description: 'Whether the fingerprint was recorded with the decision (and checked at build).',
          value: (e) => e.textHash !== undefined,
        },
        {
          name: 'current',
          description: 'Whether it names the guideline’s current version.',
          value: (e) => e.current,
        },
        {
          name: 'standing',
          description:
            'Whether it is the municipality’s latest decision on the guideline (in either language) and not a rescission.',
          value: (e) => e.standing,
        },
        {
          name: 'lang',
          description: 'The language of the text the council decided on: en or fr.',
          value: (e) => e.policy.lang,
        },
        {
          name: 'guideline',
          description: 'The id of the original text: decisions on a translation count for it.',
          value: (e) => e.policy.guideline.original.slug,
        },
        {
          name: 'followedBy',
          description:
            'The id of the same council’s next decision on the guideline, which replaced this one.',
          value: (e) =>
            e.followedBy &&
            `${e.followedBy.policy.slug}/${e.followedBy.municipality}/${e.followedBy.action}/${e.followedBy.version}`,
        },
        {
          name: 'notes',
          description: 'Notes, e.g. the local changes of an adaptation.',
          value: (e) => e.notes,
        },
        {
          name: 'localPolicy',
          description: 'For an adaptation: the id of the council’s own text (a policy of that municipality).',
          value: (e) => e.localText?.slug,
        },
        {
          name: 'differences',
          description:
            'For an adaptation with its own text: the page of its differences from the regional text.',
          value: (e) => e.localText?.adaptation && page(urls.differences(e.localText.slug)),
        },
      ],
    ),
    dataset(
      'municipalities',
      'Every municipality in the registry, with its Open Civic Data division id.',
      (r) => [...r.municipalities.values()].map((m) => ({ m, r })),
      [
        { name: 'id', description: 'The municipality’s permanent identifier.', value: ({ m }) => m.id },
        { name: 'url', description: 'Its page.', value: ({ m }) => page(urls.municipality(m.id)) },
        { name: 'name', description: 'Its usual name.', value: ({ m }) => m.name },
        {
          name: 'name_fr',
          description: 'Its French name.',
          value: ({ m }) => m.name_fr ?? m.division?.name_fr,
        },
        { name: 'ocdId', description: 'Its Open Civic Data division identifier.', value: ({ m }) => m.ocdId },
        {
          name: 'province',
          description: 'The OCD id of its province or territory.',
          value: ({ m }) => m.division?.province?.id,
        },
        {
          name: 'censusDivision',
          description: 'The OCD id of its census division (upper tier).',
          value: ({ m }) => m.division?.censusDivision?.id,
        },
        { name: 'website', description: 'Its website.', value: ({ m }) => m.website },
        {
          name: 'regions',
          description: 'Ids of the regions it belongs to.',
          value: ({ m, r }) => (r.regionsByMunicipality.get(m.id) ?? []).map((region) => region.id),
        },
        {
          name: 'endorsements',
          description: 'How many council decisions it has recorded.',
          value: ({ m, r }) => r.endorsementsByMunicipality.get(m.id)?.length ?? 0,
        },
      ],
    ),
    dataset(
      'regions',
      'Every region: upper-tier municipalities, clusters and coalitions.',
      (r) => [...r.regions.values()].map((g) => ({ g, r })),
      [
        { name: 'id', description: 'The region’s permanent identifier.', value: ({ g }) => g.id },
        { name: 'url', description: 'Its page.', value: ({ g }) => page(urls.region(g.id)) },
        { name: 'name', description: 'Its name.', value: ({ g }) => g.name },
        { name: 'name_fr', description: 'Its French name.', value: ({ g }) => g.name_fr },
        { name: 'kind', description: 'upper-tier, cluster or coalition.', value: ({ g }) => g.kind },
        {
          name: 'ocdId',
          description: 'The OCD id of an upper-tier municipality.',
          value: ({ g }) => g.ocdId,
        },
        { name: 'website', description: 'Its website.', value: ({ g }) => g.website },
        { name: 'members', description: 'Member municipality ids.', value: ({ g }) => g.members },
        {
          name: 'policies',
          description: 'How many policies it publishes.',
          value: ({ g, r }) => r.policiesByRegion.get(g.id)?.length ?? 0,
        },
      ],
    ),
    dataset('topics', 'The topics policies are filed under.', (r) => [...r.topics.values()], [
      { name: 'id', description: 'The topic’s permanent identifier.', value: (t) => t.id },
      { name: 'url', description: 'Its page.', value: (t) => page(urls.topic(t.id)) },
      { name: 'name', description: 'Its name.', value: (t) => t.name },
      { name: 'name_fr', description: 'Its French name.', value: (t) => t.name_fr },
      { name: 'description', description: 'What it covers.', value: (t) => t.description },
    ]),
  ];
}

/** A dataset as JSON objects: missing values left out, lists kept as lists. */
export function toRecords(dataset: Dataset, registry: Registry): Record<string, Value>[] {
  return dataset
    .rows(registry)
    .map((row) =>
      Object.fromEntries(
        dataset.columns
          .map((column) => [column.name, column.value(row as never)])
          .filter(([, value]) => value !== undefined),
      ),
    );
}

/**
 * A dataset's or a field's documentation in the page's language. A field without its French
 * line stops the build rather than leave English on the French page.
 */
export function dataDescription(lang: Lang, dataset: Dataset, column?: Column<never>): string {
  if (lang === 'en') return column ? column.description : dataset.description;
  const key = column ? `${dataset.name}.${column.name}` : dataset.name;
  const text = dataFr[key];
  if (!text) throw new Error(`src/i18n/data-fr.ts: missing the French documentation of "${key}"`);
  return text;
}
