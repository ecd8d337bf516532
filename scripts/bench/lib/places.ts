/**
 * Real municipalities and regions for a synthetic registry, from the gazetteer the build
 * checks against: every `ocdId` exists, and members of a region lie near each other.
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../../src/exports/csv.ts';
import type { Random } from './random.ts';
import { kebab, uniqueId } from './ids.ts';

export interface Place {
  id: string;
  name: string;
  ocdId: string;
  /** Two-digit province code (SGC): 24 is Quebec. */
  province: string;
  /** Four-digit census division code: the upper tier. */
  division: string;
  /** A reserve, an unorganized area or a settlement: listed, but it signs nothing. */
  noCouncil?: true;
}

export interface RegionPlan {
  id: string;
  name: string;
  name_fr?: string;
  kind: 'upper-tier' | 'cluster' | 'coalition';
  members: Place[];
  ocdId?: string;
  description: string;
}

/** Reserves, unorganized areas and settlements have no council to sign anything. */
const NO_COUNCIL = new Set([
  'IRI',
  'NO',
  'SNO',
  'S-É',
  'SÉ',
  'SET',
  'TI',
  'IGD',
  'NL',
  'VN',
  'TK',
  'VK',
  'CN',
]);

const read = (name: string) =>
  parseCsv(readFileSync(new URL(`../../../src/data/ocd-division-ids-ca/${name}`, import.meta.url), 'utf8'));

export interface Gazetteer {
  /** Municipalities with a council, by census division code. */
  byDivision: Map<string, Place[]>;
  /** The rest of the gazetteer, for a registry that lists every census subdivision. */
  withoutCouncil: Place[];
  divisionNames: Map<string, { name: string; name_fr: string }>;
  provinceNames: Map<string, string>;
}

export function readGazetteer(): Gazetteer {
  const byDivision = new Map<string, Place[]>();
  const withoutCouncil: Place[] = [];
  for (const row of read('ca_census_subdivisions.csv')) {
    const code = row.id!.split(':').pop()!;
    const place: Place = {
      id: '',
      name: row.name!,
      ocdId: row.id!,
      province: code.slice(0, 2),
      division: code.slice(0, 4),
    };
    if (NO_COUNCIL.has(row.classification!)) {
      withoutCouncil.push({ ...place, noCouncil: true });
      continue;
    }
    byDivision.set(place.division, [...(byDivision.get(place.division) ?? []), place]);
  }
  const divisionNames = new Map(
    read('ca_census_divisions.csv').map((row) => [
      row.id!.split(':').pop()!,
      { name: row.name!, name_fr: row.name_fr! },
    ]),
  );
  const provinceNames = new Map(read('ca_provinces_and_territories.csv').map((row) => [row.sgc!, row.name!]));
  return { byDivision, withoutCouncil, divisionNames, provinceNames };
}

/**
 * `count` regions of 5 to 30 members: upper-tier regions are census divisions; clusters are
 * neighbouring divisions' municipalities; coalitions gather municipalities of a province.
 */
export function planRegions(
  random: Random,
  gazetteer: Gazetteer,
  count: number,
  topicNames: string[],
): RegionPlan[] {
  const ids = new Set<string>();
  const divisions = random.shuffle(
    [...gazetteer.byDivision.keys()].filter((code) => gazetteer.byDivision.get(code)!.length >= 5),
  );
  const byProvince = new Map<string, Place[]>();
  for (const places of gazetteer.byDivision.values())
    for (const place of places)
      byProvince.set(place.province, [...(byProvince.get(place.province) ?? []), place]);
  const regions: RegionPlan[] = [];
  let unusedDivision = 0;
  while (regions.length < count) {
    const kind = random.weighted({ 'upper-tier': 5, cluster: 3, coalition: 2 });
    const size = random.int(5, 30);
    if (kind === 'upper-tier' && unusedDivision < divisions.length) {
      const code = divisions[unusedDivision++]!;
      const names = gazetteer.divisionNames.get(code)!;
      const name = /\b(Region|County|District|Municipality|Division)\b/.test(names.name)
        ? names.name
        : `${names.name} Region`;
      regions.push({
        id: uniqueId(kebab(name), ids),
        name,
        name_fr: code.startsWith('24') ? `MRC de ${names.name_fr}` : undefined,
        kind: 'upper-tier',
        members: random.sample(gazetteer.byDivision.get(code)!, size),
        ocdId: `ocd-division/country:ca/cd:${code}`,
        description: `The ${gazetteer.divisionNames.get(code)!.name} upper tier and its member councils.`,
      });
    } else if (kind === 'coalition') {
      const province = random.pick(
        [...byProvince.keys()].filter((code) => byProvince.get(code)!.length >= 30),
      );
      const name = `${gazetteer.provinceNames.get(province)} ${random.pick(topicNames)} Coalition`;
      regions.push({
        id: uniqueId(kebab(name), ids),
        name,
        kind: 'coalition',
        members: random.sample(byProvince.get(province)!, size),
        description: `Municipalities of ${gazetteer.provinceNames.get(province)} working on the same questions.`,
      });
    } else {
      // Neighbouring census divisions have consecutive codes within a province.
      const start = random.pick(divisions);
      const nearby = [...gazetteer.byDivision.entries()]
        .filter(
          ([code]) => code.slice(0, 2) === start.slice(0, 2) && Math.abs(Number(code) - Number(start)) <= 2,
        )
        .flatMap(([, places]) => places);
      const members = random.sample(nearby, Math.min(size, nearby.length));
      if (members.length < 5) continue;
      const name = `${members[0]!.name} Area Cluster`;
      regions.push({
        id: uniqueId(kebab(name), ids),
        name,
        kind: 'cluster',
        members,
        description: `Neighbouring councils around ${members[0]!.name} that publish guidelines together.`,
      });
    }
  }
  return regions;
}

/**
 * Places outside every region, so that the registry lists `target` municipalities in all:
 * councils first (they may publish their own policies), then the places without one. At most
 * the whole gazetteer (5,162 census subdivisions).
 */
export function placesOutsideRegions(
  random: Random,
  gazetteer: Gazetteer,
  regions: RegionPlan[],
  target: number,
): Place[] {
  const taken = new Set(regions.flatMap((region) => region.members.map((member) => member.ocdId)));
  const councils = [...gazetteer.byDivision.values()].flat().filter((place) => !taken.has(place.ocdId));
  return [...random.shuffle(councils), ...random.shuffle(gazetteer.withoutCouncil)].slice(
    0,
    Math.max(0, target - taken.size),
  );
}

/** Gives every member of any region, and every place outside them, a unique municipality id. */
export function nameMunicipalities(regions: RegionPlan[], outside: Place[] = []): Place[] {
  const byOcdId = new Map<string, Place>();
  for (const region of regions) for (const member of region.members) byOcdId.set(member.ocdId, member);
  for (const place of outside) byOcdId.set(place.ocdId, place);
  const ids = new Set<string>();
  const places = [...byOcdId.values()].sort((a, b) => a.ocdId.localeCompare(b.ocdId));
  for (const place of places) place.id = uniqueId(kebab(place.name), ids, place.ocdId.split(':').pop()!);
  return places;
}
