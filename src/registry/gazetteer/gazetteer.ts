import { parseCsv } from '../../exports/csv.ts';

/**
 * The Open Civic Data gazetteer of Canadian divisions (CC0, copied into
 * `src/data/ocd-division-ids-ca/`). It is the authority on which municipalities exist,
 * which province and census division (upper tier) each lies in, and its French name.
 */

export interface GazetteerSources {
  subdivisions: string;
  divisions: string;
  provinces: string;
  provinceNamesFr: string;
}

export interface Division {
  id: string;
  name: string;
  name_fr: string;
  /** Statistics Canada's type code, e.g. `T` (town), `CY` (city), `RM` (regional municipality). */
  classification: string;
  /** The legal name, e.g. "Town of Ajax", when the gazetteer has one. */
  organizationName?: string;
}

export interface Province {
  id: string;
  name: string;
  name_fr: string;
  abbreviation: string;
  /** The two-digit Standard Geographical Classification code that opens every CSD/CD code. */
  sgc: string;
}

export interface PlacedDivision extends Division {
  province?: Province;
  /** The census division (the upper tier, for a lower-tier municipality). */
  censusDivision?: Division;
}

export interface Gazetteer {
  /** A Canadian OCD id is checked against the gazetteer; any other country's is accepted. */
  isCanadian(ocdId: string): boolean;
  lookup(ocdId: string): PlacedDivision | undefined;
  /** Census subdivisions with exactly this English or French name. */
  findSubdivisions(name: string): Division[];
}

const CANADA = 'ocd-division/country:ca';

export function createGazetteer(sources: GazetteerSources): Gazetteer {
  const divisions = new Map<string, Division>();
  for (const text of [sources.subdivisions, sources.divisions]) {
    for (const row of parseCsv(text)) divisions.set(row.id!, toDivision(row));
  }
  const frenchNames = new Map(parseCsv(sources.provinceNamesFr).map((row) => [row.id!, row.name_fr!]));
  const provincesBySgc = new Map<string, Province>();
  const provincesById = new Map<string, Province>();
  for (const row of parseCsv(sources.provinces)) {
    const province: Province = {
      id: row.id!,
      name: row.name!,
      name_fr: frenchNames.get(row.id!) ?? row.name!,
      abbreviation: row.abbreviation!,
      sgc: row.sgc!,
    };
    provincesBySgc.set(province.sgc, province);
    provincesById.set(province.id, province);
  }

  return {
    isCanadian: (ocdId) => ocdId === CANADA || ocdId.startsWith(`${CANADA}/`),
    findSubdivisions: (name) =>
      [...divisions.values()].filter(
        (d) => d.id.includes('/csd:') && (d.name === name || d.name_fr === name),
      ),
    lookup(ocdId) {
      const province = provincesById.get(ocdId);
      if (province)
        return { id: ocdId, name: province.name, name_fr: province.name_fr, classification: 'PR' };
      const division = divisions.get(ocdId);
      if (!division) return undefined;
      // SGC codes nest: csd:3518005 lies in cd:3518, which lies in province 35 (Ontario).
      const code = /\/c?s?d:(\d+)$/.exec(ocdId)?.[1] ?? '';
      const censusDivision = ocdId.includes('/csd:')
        ? divisions.get(`${CANADA}/cd:${code.slice(0, 4)}`)
        : undefined;
      return { ...division, province: provincesBySgc.get(code.slice(0, 2)), censusDivision };
    },
  };
}

function toDivision(row: Record<string, string>): Division {
  return {
    id: row.id!,
    name: row.name!,
    name_fr: row.name_fr || row.name!,
    classification: row.classification!,
    organizationName: row.organization_name || undefined,
  };
}
