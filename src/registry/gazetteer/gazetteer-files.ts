import { readFileSync } from 'node:fs';
import { createGazetteer, type Gazetteer } from './gazetteer.ts';

/**
 * The gazetteer read from disk, for command-line tools and the build's content check,
 * which run in plain Node. (Pages bundle the same files with `?raw`: see gazetteer-bundled.ts.)
 */
let cached: Gazetteer | undefined;

export function loadGazetteer(): Gazetteer {
  const read = (name: string) =>
    readFileSync(new URL(`../../data/ocd-division-ids-ca/${name}`, import.meta.url), 'utf8');
  cached ??= createGazetteer({
    subdivisions: read('ca_census_subdivisions.csv'),
    divisions: read('ca_census_divisions.csv'),
    provinces: read('ca_provinces_and_territories.csv'),
    provinceNamesFr: read('ca_provinces_and_territories-name_fr.csv'),
  });
  return cached;
}
