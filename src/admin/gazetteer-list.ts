import { parseCsv } from '../exports/csv.ts';
import type { Gazetteer } from '../registry/gazetteer/gazetteer.ts';

/**
 * The gazetteer as the editor's municipality lookup reads it (`admin/gazetteer.json`, built
 * with the editor by src/integration/admin.ts): every Canadian census subdivision, compact
 * (about 300 kB, read once when a municipality form opens). The widget
 * (gazetteer-widget.ts) searches it by name and fills in the `ocdId`; the check still looks
 * every id up in the full gazetteer.
 */
export interface GazetteerList {
  /** The part of every id before the subdivision's code. */
  prefix: string;
  /** Province names, English and French, by the two-digit code every subdivision code opens with. */
  provinces: Record<string, [string, string]>;
  /** `[code, name, French name or "", Statistics Canada type code, census division name]`. */
  subdivisions: [string, string, string, string, string][];
}

export const CSD_PREFIX = 'ocd-division/country:ca/csd:';

export function gazetteerList(subdivisionsCsv: string, gazetteer: Gazetteer): GazetteerList {
  const provinces: GazetteerList['provinces'] = {};
  const subdivisions = parseCsv(subdivisionsCsv).map((row): GazetteerList['subdivisions'][number] => {
    const placed = gazetteer.lookup(row.id!);
    const code = row.id!.slice(CSD_PREFIX.length);
    if (placed?.province) provinces[code.slice(0, 2)] = [placed.province.name, placed.province.name_fr];
    return [
      code,
      row.name!,
      row.name_fr && row.name_fr !== row.name ? row.name_fr : '',
      row.classification!,
      placed?.censusDivision?.name ?? '',
    ];
  });
  return { prefix: CSD_PREFIX, provinces, subdivisions };
}
