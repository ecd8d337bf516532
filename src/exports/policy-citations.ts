import settings from 'virtual:common-ground/settings';
import type { Lang, Named } from '../i18n/index.ts';
import { cite, type Citation } from './citation.ts';
import { deciderName, legalName, regionName } from '../lib/names.ts';
import type { EndorsementView, PolicyView, Registry, VersionView } from '../registry/index.ts';
import { absoluteUrl, urlsFor } from '../lib/urls.ts';

/**
 * Who publishes a policy: its region (« la Région de Durham »), or the municipality whose
 * own policy it is, by its legal name ("the City of Oshawa").
 */
export function publisherName(policy: PolicyView, registry: Registry, lang: Lang): Named {
  const region = policy.region && registry.regions.get(policy.region);
  if (region) return regionName(region, lang);
  if (policy.region) return { name: policy.region };
  const first = policy.endorsements.at(-1);
  const municipality = first && registry.municipalities.get(first.municipality);
  return municipality ? legalName(municipality, lang) : { name: settings.title };
}

/** The publisher's usual name in English, which citations' keys use in every language. */
function publisherKey(policy: PolicyView, registry: Registry): string {
  if (policy.region) return registry.regions.get(policy.region)?.name ?? policy.region;
  const first = policy.endorsements.at(-1);
  return (first && registry.municipalities.get(first.municipality)?.name) ?? settings.title;
}

/** The citation of one version of a policy, at its permanent address, in the page's language. */
export function citeVersion(
  policy: PolicyView,
  version: VersionView,
  registry: Registry,
  site: URL | undefined,
  lang: Lang,
): Citation {
  return cite(
    {
      title: policy.title,
      version: version.version,
      published: version.published,
      author: publisherName(policy, registry, lang).name,
      keyName: publisherKey(policy, registry),
      kind: policy.kind,
      url: absoluteUrl(urlsFor(lang).version(policy.slug, version.version), site),
      textHash: version.textHash,
      lang: policy.lang,
    },
    settings.title,
    lang,
  );
}

/**
 * The citation of a council decision: by the council or committee that took it, at its row
 * on the page of the version it signed (which never changes, unlike the policy's page), with
 * the minutes when they are recorded.
 */
export function citeEndorsement(
  endorsement: EndorsementView,
  registry: Registry,
  site: URL | undefined,
  lang: Lang,
): Citation {
  const { policy } = endorsement;
  const version = policy.versions.find((v) => v.endorsements.includes(endorsement))!;
  const municipality = registry.municipalities.get(endorsement.municipality);
  const urls = urlsFor(lang);
  return cite(
    {
      title: policy.title,
      version: version.version,
      published: version.published,
      author: publisherName(policy, registry, lang).name,
      keyName: municipality?.name ?? endorsement.municipality,
      kind: policy.kind,
      url: absoluteUrl(urls.versionEndorsement(policy.slug, version.version, endorsement.anchor), site),
      textHash: endorsement.signedHash,
      lang: policy.lang,
      endorsement: {
        decider: deciderName(endorsement.body, municipality ?? { name: endorsement.municipality }, lang),
        action: endorsement.action,
        date: endorsement.date,
        instrument: endorsement.instrument,
        sourceUrl: endorsement.sourceUrl,
      },
    },
    settings.title,
    lang,
  );
}
