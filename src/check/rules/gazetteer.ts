import type { Gazetteer } from '../../registry/gazetteer/gazetteer.ts';
import type { Problems } from '../problems.ts';
import type { RegistrySources } from '../registry-sources.ts';

/** A Canadian OCD id must be one the gazetteer knows; other countries' are taken on trust. */
export function checkOcdIds(sources: RegistrySources, gazetteer: Gazetteer, problems: Problems): void {
  for (const { source, data } of sources.municipalities.values()) {
    if (!gazetteer.isCanadian(data.ocdId)) continue;
    if (!data.ocdId.includes('/csd:')) {
      problems.error(
        source,
        ['ocdId'],
        `"${data.ocdId}" is not a census subdivision; a municipality's id looks like "ocd-division/country:ca/csd:3518005"`,
      );
    } else if (!gazetteer.lookup(data.ocdId)) {
      const namesakes = gazetteer
        .findSubdivisions(data.name)
        .map((division) => `"${division.id}" (${division.organizationName ?? division.name})`);
      const hint = namesakes.length
        ? `; the gazetteer has ${data.name} as ${namesakes.join(' or ')}`
        : `; find the municipality in src/data/ocd-division-ids-ca/ca_census_subdivisions.csv`;
      problems.error(source, ['ocdId'], `"${data.ocdId}" is not in the Canadian gazetteer${hint}`);
    }
  }
  for (const { source, data } of sources.regions.values()) {
    if (data.ocdId && gazetteer.isCanadian(data.ocdId) && !gazetteer.lookup(data.ocdId)) {
      problems.error(
        source,
        ['ocdId'],
        `"${data.ocdId}" is not in the Canadian gazetteer; an upper-tier region's id looks like "ocd-division/country:ca/cd:3518"`,
      );
    }
  }
}
