import settings from 'virtual:common-ground/settings';
import { cite, type Citation } from './citation.ts';
import type { EndorsementView, PolicyView, Registry, VersionView } from './registry/index.ts';
import { absoluteUrl, urls } from './urls.ts';

/** Who publishes a policy: its region, or the municipality whose own policy it is. */
export function publisherOf(policy: PolicyView, registry: Registry): string {
  if (policy.region) return registry.regions.get(policy.region)?.name ?? policy.region;
  const first = policy.endorsements.at(-1);
  return (first && registry.municipalities.get(first.municipality)?.name) ?? settings.title;
}

/** The citation of one version of a policy, at its permanent address. */
export function citeVersion(
  policy: PolicyView,
  version: VersionView,
  registry: Registry,
  site: URL | undefined,
): Citation {
  return cite(
    {
      title: policy.title,
      version: version.version,
      published: version.published,
      author: publisherOf(policy, registry),
      kind: policy.kind,
      url: absoluteUrl(urls.version(policy.slug, version.version), site),
      textHash: version.textHash,
      lang: policy.lang,
    },
    settings.title,
  );
}

/** The citation of a council decision, naming the version it decided on. */
export function citeEndorsement(
  endorsement: EndorsementView,
  registry: Registry,
  site: URL | undefined,
): Citation {
  const { policy } = endorsement;
  const version = policy.versions.find((v) => v.endorsements.includes(endorsement))!;
  return cite(
    {
      title: policy.title,
      version: version.version,
      published: version.published,
      author: publisherOf(policy, registry),
      kind: policy.kind,
      url: absoluteUrl(urls.endorsement(policy.slug, endorsement.anchor), site),
      textHash: endorsement.signedHash,
      lang: policy.lang,
      endorsement: {
        municipality: registry.municipalities.get(endorsement.municipality)?.name ?? endorsement.municipality,
        body: endorsement.body,
        action: endorsement.action,
        date: endorsement.date,
        instrument: endorsement.instrument,
      },
    },
    settings.title,
  );
}
