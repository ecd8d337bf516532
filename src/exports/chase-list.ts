import { localName, type Lang } from '../i18n/index.ts';
import type { Registry, RegionView } from '../registry/index.ts';
import { signingRequest } from '../registry/standing.ts';
import { textIn } from '../registry/texts-in.ts';
import { absoluteUrl, urlsFor } from '../lib/urls.ts';

/**
 * A region's chase list: what each member council is still asked to sign, one row per
 * member and guideline with a signing request (src/registry/standing.ts), for the
 * regional coordinator's spreadsheet. Titles and council package links are in the
 * language of the site it is downloaded from; the column names are language-neutral ids,
 * as in the open data exports.
 */
export const chaseListColumns = [
  'municipality',
  'municipalityName',
  'guideline',
  'policy',
  'title',
  'version',
  'request',
  'decisionAction',
  'decisionVersion',
  'decisionDate',
  'decisionInstrument',
  'councilPackage',
] as const;

export type ChaseListRow = Record<(typeof chaseListColumns)[number], string | undefined>;

export function chaseList(
  registry: Registry,
  region: RegionView,
  lang: Lang,
  site: URL | undefined,
): ChaseListRow[] {
  const urls = urlsFor(lang);
  const guidelines = registry.guidelinesByRegion.get(region.id) ?? [];
  return region.members.flatMap((member) =>
    guidelines.flatMap((guideline) => {
      const request = signingRequest(guideline, member);
      if (!request) return [];
      const text = textIn(guideline, lang);
      // The decision the request answers: the earlier version it still stands by, or its rescission.
      const decision = request.kind === 'first' ? undefined : request.decision;
      return [
        {
          municipality: member,
          municipalityName: localName(registry.municipalities.get(member), lang) || member,
          guideline: guideline.original.slug,
          policy: text.slug,
          title: text.title,
          version: guideline.version,
          request: request.kind,
          decisionAction: decision?.action,
          decisionVersion: decision?.version,
          decisionDate: decision?.date,
          decisionInstrument: decision?.instrument,
          councilPackage: absoluteUrl(`${urls.councilPackage(text.slug)}?for=${member}`, site),
        },
      ];
    }),
  );
}
