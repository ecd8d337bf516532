import { langFromParam, langPaths } from '../i18n/index.ts';
import { packageRecipients } from '../council-package/council-package.ts';
import { getRegistry } from './index.ts';
import { pageKeys } from './page-keys.ts';
import settings from 'virtual:common-ground/settings';
import { listPages } from '../policy-list/list-pages.ts';
import { isOpenForSigning } from './standing.ts';
import { listedTexts } from './texts-in.ts';

/**
 * The paths of the routes that exist once per municipality, region or policy, in every
 * language, each with the key of what it shows (page-keys.ts): the pages, and the small files
 * beside them (feeds, calendars, badges, embeds, oEmbed answers, chase lists). At 10,000
 * policies and 5,000 municipalities these are tens of thousands of files; with a key, a
 * rebuild after one decision restores all but that decision's.
 */
export async function municipalityPaths() {
  const registry = await getRegistry();
  const keys = pageKeys(registry);
  return langPaths().flatMap(({ params }) =>
    [...registry.municipalities.keys()].map((id) => ({
      params: { ...params, id },
      cacheKey: keys.municipality(id),
    })),
  );
}

export async function regionPaths() {
  const registry = await getRegistry();
  const keys = pageKeys(registry);
  return langPaths().flatMap(({ params }) =>
    [...registry.regions.keys()].map((id) => ({ params: { ...params, id }, cacheKey: keys.region(id) })),
  );
}

/** Every text's routes, keyed by its guideline: one decision on a translation changes both. */
export async function policyPaths() {
  const registry = await getRegistry();
  const keys = pageKeys(registry);
  return langPaths().flatMap(({ params }) =>
    [...registry.policies.values()].map((policy) => ({
      params: { ...params, slug: policy.slug },
      cacheKey: keys.guideline(policy.guideline),
    })),
  );
}

/** The routes of the texts open for signing: the council package, as a page and a Word file. */
export async function openPolicyPaths() {
  const registry = await getRegistry();
  return (await policyPaths()).filter(({ params }) => isOpenForSigning(registry.policies.get(params.slug)!));
}

/**
 * The files of a package's Word files written for members (src/exports/word/member-template.ts):
 * where the language's package has a member with something to sign.
 */
export async function memberPackagePaths() {
  const registry = await getRegistry();
  return (await openPolicyPaths()).filter(
    ({ params }) =>
      packageRecipients(registry.policies.get(params.slug)!, registry, langFromParam(params.lang)).length > 0,
  );
}

/**
 * The policies list's pages after the first (`/policies/page/2/`), in every language: none
 * while the registry fits on one page. They show titles, statuses and versions only.
 */
export async function listPagePaths() {
  const registry = await getRegistry();
  const keys = pageKeys(registry);
  return langPaths().flatMap(({ params }) =>
    listPages(
      listedTexts(registry.guidelines, langFromParam(params.lang)),
      langFromParam(params.lang),
      settings.policiesPerPage,
    )
      .slice(1)
      .map((page) => ({ params: { ...params, page: String(page.number) }, cacheKey: keys.shared })),
  );
}

/** A topic's own page in every language: it shows names, titles and statuses only. */
export async function topicPaths() {
  const registry = await getRegistry();
  const keys = pageKeys(registry);
  return langPaths().flatMap(({ params }) =>
    [...registry.topics.keys()].map((id) => ({ params: { ...params, id }, cacheKey: keys.shared })),
  );
}

/** The later pages of a topic's policies (`/topics/privacy/page/2/`): none while they fit on one. */
export async function topicListPagePaths() {
  const registry = await getRegistry();
  const keys = pageKeys(registry);
  return langPaths().flatMap(({ params }) =>
    [...registry.topics.keys()].flatMap((id) =>
      listPages(registry.policiesByTopic.get(id) ?? [], langFromParam(params.lang), settings.policiesPerPage)
        .slice(1)
        .map((page) => ({ params: { ...params, id, page: String(page.number) }, cacheKey: keys.shared })),
    ),
  );
}
