import { localName, type Lang } from '../i18n/index.ts';
import type { PolicyView, Registry } from '../registry/index.ts';
import { absoluteUrl, urlsFor } from '../lib/urls.ts';

/**
 * How a policy page describes itself to search engines and harvesters: schema.org JSON-LD.
 * A text is a `Legislation` (a municipal policy, guideline, standard or framework is
 * legislation in schema.org's sense: a legally binding or guiding text of a public body),
 * a template a plain `CreativeWork`. Its `@id` is its page in its own language, so the
 * English and French pages of one text describe one node; a translation `isBasedOn` and is
 * the `translationOfWork` of its original, which lists it under `workTranslation`. A local
 * adaptation `isBasedOn` the regional version it adapts: that version's own page, a work
 * (`exampleOfWork`) of the regional text.
 */
export function policyJsonLd(policy: PolicyView, registry: Registry, site: URL | undefined): object {
  const id = (text: PolicyView) => absoluteUrl(urlsFor(text.lang as Lang).policy(text.slug), site);
  const current = policy.versions[0]!;
  const region = policy.region ? registry.regions.get(policy.region) : undefined;
  const lang = policy.lang as Lang;
  const publisher = region
    ? {
        '@type': 'GovernmentOrganization',
        '@id': absoluteUrl(urlsFor(lang).region(region.id), site),
        name: localName(region, lang),
        ...(region.website && { sameAs: region.website }),
      }
    : soleMunicipality(policy, registry, lang, site);
  return {
    '@context': 'https://schema.org',
    '@type': policy.kind === 'template' ? 'CreativeWork' : 'Legislation',
    '@id': id(policy),
    url: id(policy),
    name: policy.title,
    description: policy.summary,
    inLanguage: policy.lang,
    version: policy.version,
    datePublished: policy.published,
    ...(policy.kind !== 'template' && { legislationType: policy.kind, legislationDate: policy.published }),
    ...(policy.license && { license: `https://spdx.org/licenses/${policy.license}.html` }),
    ...(publisher && { publisher }),
    keywords: policy.topics.map((topic) => localName(registry.topics.get(topic), lang)).join(', '),
    // The hash of DESIGN.md: what a council's resolution cites as the exact words.
    identifier: {
      '@type': 'PropertyValue',
      propertyID: 'sha256',
      value: current.textHash.replace(/^sha256:/, ''),
    },
    ...basedOn(policy, site),
    ...(policy.original && { translationOfWork: { '@id': id(policy.original) } }),
    ...(policy.translations.length && {
      workTranslation: policy.translations.map((translation) => ({
        '@id': id(translation),
        inLanguage: translation.lang,
      })),
    }),
  };
}

/**
 * What a text is based on: its original, for a translation; the regional version it adapts,
 * for a local adaptation. One node, or a list when a text is both.
 */
function basedOn(policy: PolicyView, site: URL | undefined): { isBasedOn?: object } {
  const id = (text: PolicyView) => absoluteUrl(urlsFor(text.lang as Lang).policy(text.slug), site);
  const nodes: object[] = [];
  if (policy.original) nodes.push({ '@id': id(policy.original) });
  const adaptation = policy.adaptation;
  if (adaptation) {
    const { regional, version } = adaptation;
    nodes.push({
      '@type': regional.kind === 'template' ? 'CreativeWork' : 'Legislation',
      '@id': absoluteUrl(urlsFor(regional.lang as Lang).version(regional.slug, version.version), site),
      name: regional.title,
      version: version.version,
      exampleOfWork: { '@id': id(regional) },
    });
  }
  if (!nodes.length) return {};
  return { isBasedOn: nodes.length === 1 ? nodes[0]! : nodes };
}

/**
 * A municipality's own policy (no region): published by its council, the one its
 * `municipality` names, or else the one council that decided on it.
 */
function soleMunicipality(policy: PolicyView, registry: Registry, lang: Lang, site: URL | undefined) {
  const councils = new Set(policy.guideline.decisions.map((decision) => decision.municipality));
  const [only] = councils;
  const owner = policy.municipality ?? (councils.size === 1 ? only : undefined);
  const municipality = owner ? registry.municipalities.get(owner) : undefined;
  if (!municipality) return undefined;
  return {
    '@type': 'GovernmentOrganization',
    '@id': absoluteUrl(urlsFor(lang).municipality(municipality.id), site),
    name: localName(municipality, lang),
    ...(municipality.website && { sameAs: municipality.website }),
  };
}
