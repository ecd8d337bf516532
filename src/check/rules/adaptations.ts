import type { Endorsement, Policy } from '../../schemas/index.ts';
import { sameVersion } from '../../lib/versions.ts';
import { decisionName, decisionPlace } from '../decisions.ts';
import type { Problems } from '../problems.ts';
import type { Checked, RegistrySources } from '../registry-sources.ts';
import { unknown } from './references.ts';

/**
 * A local adaptation has two ends that must agree (docs/DESIGN.md, "adaptation"): the
 * municipality's own text, which says whose it is (`municipality`) and what it adapts
 * (`adaptationOf: { policy, version }`), and that council's `adapted` decision on the
 * regional text, which names it (`localPolicy`). Each end is checked here against the other.
 */
export function checkAdaptations(sources: RegistrySources, problems: Problems): void {
  const naming = namingDecisions(sources);
  for (const [slug, policy] of sources.policies) checkLocalText(slug, policy, sources, naming, problems);
  for (const [slug, policy] of sources.policies) {
    policy.data.endorsements.forEach((endorsement, index) => {
      if (endorsement.localPolicy) checkNamingDecision(slug, policy, index, sources, problems);
    });
  }
}

/** A decision that names a local text, where it is written. */
interface Naming {
  slug: string;
  policy: Checked<Policy>;
  index: number;
  endorsement: Endorsement;
}

/** Every decision naming each local text, in the order they were taken (by date, then as written). */
function namingDecisions(sources: RegistrySources): Map<string, Naming[]> {
  const bySlug = new Map<string, Naming[]>();
  for (const [slug, policy] of sources.policies) {
    policy.data.endorsements.forEach((endorsement, index) => {
      if (!endorsement.localPolicy) return;
      const list = bySlug.get(endorsement.localPolicy) ?? [];
      list.push({ slug, policy, index, endorsement });
      bySlug.set(endorsement.localPolicy, list);
    });
  }
  for (const list of bySlug.values())
    list.sort((a, b) => a.endorsement.date.localeCompare(b.endorsement.date));
  return bySlug;
}

function checkLocalText(
  slug: string,
  { source, data }: Checked<Policy>,
  sources: RegistrySources,
  naming: Map<string, Naming[]>,
  problems: Problems,
): void {
  if (data.municipality && data.region) {
    problems.error(
      source,
      ['municipality'],
      `says this is the own text of "${data.municipality}", and region says "${data.region}" publishes it: a policy is a region's or one municipality's, not both. Remove region from a municipality's own text, or municipality from a regional one`,
    );
  }
  const of = data.adaptationOf;
  if (!of) return;
  const named = naming.get(slug) ?? [];
  if (!data.municipality) {
    const council = named[0]?.endorsement.municipality;
    problems.error(
      source,
      ['adaptationOf'],
      `says what this text adapts, but not whose text it is: add "municipality: ${council ?? '<id>'}", the council that adapted "${of.policy}"`,
    );
  }
  const regional = sources.policies.get(of.policy);
  if (of.policy === slug) {
    problems.error(
      source,
      ['adaptationOf', 'policy'],
      'points to this policy itself; name the regional text it adapts',
    );
    return;
  }
  if (!sources.present.policy.has(of.policy)) {
    unknown(problems, source, ['adaptationOf', 'policy'], 'policy', of.policy, sources.present.policy);
    return;
  }
  if (!regional) return; // its own file is broken, and reported
  if (regional.data.status === 'draft' && data.status !== 'draft') {
    problems.error(
      source,
      ['adaptationOf', 'policy'],
      `"${of.policy}" is a draft, which is not published; publish it first or remove adaptationOf`,
    );
  }
  if (regional.data.adaptationOf) {
    problems.error(
      source,
      ['adaptationOf', 'policy'],
      `"${of.policy}" is itself a local adaptation of "${regional.data.adaptationOf.policy}": name the regional text, "${regional.data.adaptationOf.policy}"`,
    );
  }
  if (regional.data.lang !== data.lang) {
    problems.error(
      source,
      ['adaptationOf', 'policy'],
      `"${of.policy}" is in "${regional.data.lang}" and this text in "${data.lang}": the differences of an adaptation are read word by word, so a local text adapts the regional text in its own language (name that language's text, or correct lang)`,
    );
  }
  const versions = [
    regional.data.version,
    ...(sources.versions.get(of.policy) ?? []).map((v) => v.data.version),
  ];
  if (!versions.some((version) => sameVersion(version, of.version))) {
    problems.error(
      source,
      ['adaptationOf', 'version'],
      `version "${of.version}" of "${of.policy}" does not exist: it has ${versions.map((v) => `"${v}"`).join(', ')}; name the version the council adapted`,
    );
    return;
  }
  // Another council naming this text is reported at its decision.
  const latest = named
    .filter(
      (n) => n.slug === of.policy && (!data.municipality || n.endorsement.municipality === data.municipality),
    )
    .at(-1);
  if (!latest) {
    if (!named.length)
      problems.warning(
        source,
        ['adaptationOf'],
        `no council decision names this text yet: record ${data.municipality ? `"${data.municipality}"'s` : 'the council’s'} "adapted" decision on "${of.policy}" version ${of.version} with "localPolicy: ${slug}", so that the regional text's page counts it and links its differences`,
      );
    return; // a decision on another policy naming it is reported at that decision
  }
  if (!sameVersion(latest.endorsement.version, of.version)) {
    problems.error(
      source,
      ['adaptationOf', 'version'],
      `is "${of.version}", but the decision that names this text (policies/${latest.slug}/, ${decisionName(latest.policy, latest.index)}) adapted version "${latest.endorsement.version}": write "${latest.endorsement.version}", the version the council adapted`,
    );
  }
}

function checkNamingDecision(
  slug: string,
  policy: Checked<Policy>,
  index: number,
  sources: RegistrySources,
  problems: Problems,
): void {
  const endorsement = policy.data.endorsements[index]!;
  const target = endorsement.localPolicy!;
  const place = decisionPlace(policy, index, 'localPolicy');
  if (endorsement.action !== 'adapted') {
    problems.error(
      ...place,
      `names a local text, which only an "adapted" decision has, and this one is "${endorsement.action}": change the action to "adapted" or remove localPolicy`,
    );
    return;
  }
  if (target === slug) {
    problems.error(...place, 'points to this policy itself; name the council’s own text');
    return;
  }
  if (!sources.present.policy.has(target)) {
    unknown(problems, ...place, 'policy', target, sources.present.policy);
    return;
  }
  const local = sources.policies.get(target);
  if (!local) return; // its own file is broken, and reported
  const file = `policies/${target}/index.mdx`;
  if (local.data.status === 'draft' && policy.data.status !== 'draft') {
    problems.error(
      ...place,
      `"${target}" is a draft, which is not published; publish it first or remove localPolicy`,
    );
    return;
  }
  const { municipality, adaptationOf } = local.data;
  if (!adaptationOf) {
    problems.error(
      ...place,
      `"${target}" does not say what it adapts: add "adaptationOf: { policy: ${slug}, version: "${endorsement.version}" }"${municipality ? '' : ` and "municipality: ${endorsement.municipality}"`} to ${file}`,
    );
    return;
  }
  // An unknown municipality is reported at the local text already.
  if (
    municipality &&
    municipality !== endorsement.municipality &&
    sources.present.municipality.has(municipality)
  ) {
    problems.error(
      ...place,
      `"${target}" is the own text of "${municipality}" (its municipality), not of "${endorsement.municipality}", which took this decision: name ${endorsement.municipality}'s own text`,
    );
    return;
  }
  // A text that adapts a policy that does not exist is reported at its adaptationOf already.
  if (adaptationOf.policy !== slug && sources.present.policy.has(adaptationOf.policy)) {
    problems.error(
      ...place,
      `"${target}" adapts "${adaptationOf.policy}" (its adaptationOf.policy), not this policy: name the council's text that adapts "${slug}", or correct adaptationOf in ${file}`,
    );
  }
}
