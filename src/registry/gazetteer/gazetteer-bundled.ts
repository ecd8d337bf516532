import subdivisions from '../../data/ocd-division-ids-ca/ca_census_subdivisions.csv?raw';
import divisions from '../../data/ocd-division-ids-ca/ca_census_divisions.csv?raw';
import provinces from '../../data/ocd-division-ids-ca/ca_provinces_and_territories.csv?raw';
import provinceNamesFr from '../../data/ocd-division-ids-ca/ca_provinces_and_territories-name_fr.csv?raw';
import { createGazetteer } from './gazetteer.ts';

/**
 * The gazetteer for pages. Bundled with `?raw` because pages run from Astro's build output,
 * where a path relative to this file no longer points at `src/data/`.
 */
export const gazetteer = createGazetteer({ subdivisions, divisions, provinces, provinceNamesFr });
