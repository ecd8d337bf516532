import settings from 'virtual:common-ground/settings';
import { useTranslations, type Lang, type Named } from '../i18n/index.ts';
import { earlierDecision, type PackageMember } from './council-package.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import { councilName, deciderName, regionName } from '../lib/names.ts';
import { publisherName } from '../exports/policy-citations.ts';
import { absoluteUrl, urlsFor } from '../lib/urls.ts';
import type { PolicyView, Registry, RegionView, VersionView } from '../registry/index.ts';
import { coSigningProgress, type CoSigningProgress } from '../registry/standing.ts';
import { textIn } from '../registry/texts-in.ts';

/**
 * The sentences of the council package that the page (StaffReport, DraftResolution) and its
 * Word file (src/exports/word/council-package.ts) both write: one place, so that what a clerk
 * prints and what they edit in Word never say different things.
 */
export interface PackageContext {
  /** The text for signature: the guideline's original, at its current version. */
  policy: PolicyView;
  version: VersionView;
  publisher: Named;
  /** The permanent address of the version for signature. */
  url: string;
  region?: RegionView;
  progress?: CoSigningProgress;
  /** The translation in the reader's language, when the original is in another one. */
  reference?: { lang: 'en' | 'fr'; url: string };
  lang: Lang;
}

/** What the staff report and the resolution say of the text: for the page and the Word file alike. */
export function packageContext(
  page: PolicyView,
  registry: Registry,
  lang: Lang,
  site: URL | undefined,
): PackageContext {
  const urls = urlsFor(lang);
  const policy = page.guideline.original;
  const version = policy.versions[0]!;
  const readerText = textIn(page.guideline, lang);
  const region = policy.region ? registry.regions.get(policy.region) : undefined;
  return {
    policy,
    version,
    publisher: publisherName(policy, registry, lang),
    url: absoluteUrl(urls.version(policy.slug, version.version), site),
    region,
    progress: region ? coSigningProgress(page.guideline, region) : undefined,
    reference:
      readerText === policy
        ? undefined
        : { lang: readerText.lang, url: absoluteUrl(urls.policy(readerText.slug), site) },
    lang,
  };
}

/** A sentence, with the words in it that must not break across lines (resolution numbers). */
export interface Sentence {
  text: string;
  unbroken: string[];
}

const sentence = (text: string, ...unbroken: (string | undefined)[]): Sentence => ({
  text,
  unbroken: unbroken.filter((word): word is string => !!word),
});

/**
 * The words of a package that belong to its member alone: its council's name, and the body,
 * date and instrument of its earlier decision.
 */
interface MemberWords {
  council: string;
  decider: string;
  date: string;
  instrument: string;
}

function memberWords(member: PackageMember, lang: Lang): MemberWords {
  const earlier = earlierDecision(member.request);
  return {
    council: councilName(member.municipality, lang),
    decider: earlier ? deciderName(earlier.body, member.municipality, lang) : '',
    date: earlier ? formatDate(earlier.date, lang) : '',
    instrument: earlier?.instrument ?? '',
  };
}

/** The staff report's subject and recommendation, for one member or generic. */
export function reportWording(context: PackageContext, member?: PackageMember) {
  const words = member && memberWords(member, context.lang);
  const { policy, version, publisher, lang } = context;
  const t = useTranslations(lang);
  const kind = member?.request?.kind ?? 'first';
  const earlier = earlierDecision(member?.request);
  return {
    subject: t(`package.subject.${kind}`, {
      title: policy.title,
      version: version.version,
      earlier: earlier?.version ?? '',
    }),
    recommendation: sentence(
      t(`package.recommendation.${kind}`, {
        title: policy.title,
        version: version.version,
        author: publisher,
        date: formatDate(version.published, lang),
        instrument: words?.instrument ?? '',
        earlierDate: words?.date ?? '',
        earlier: earlier?.version ?? '',
      }),
      words?.instrument,
    ),
  };
}

/** The report's facts that are the same for every member. */
export function reportFacts(context: PackageContext) {
  const { policy, version, region, progress, lang } = context;
  const t = useTranslations(lang);
  return {
    progress:
      region && progress
        ? t('package.progress.text', {
            signed: formatNumber(progress.signed.length, lang),
            total: formatNumber(region.members.length, lang),
            region: regionName(region, lang),
            version: version.version,
          })
        : t('package.progress.own', { count: formatNumber(version.endorsements.length, lang) }),
    signed: t('package.signed.text', {
      language: t(`language.${policy.lang}`),
      version: version.version,
      hash: version.textHash,
      url: context.url,
    }),
    financial: t('package.financial.text', { publisher: context.publisher }),
    attachment: t('package.attachment.text', {
      title: policy.title,
      version: version.version,
      language: t(`language.${policy.lang}`),
    }),
  };
}

/**
 * The draft resolution, paragraph by paragraph: for one member as its request asks (a first
 * signature, a re-endorsement replacing its earlier decision, a return after its rescission),
 * or with the council's name left blank.
 */
export function resolutionWording(context: PackageContext, member?: PackageMember): Sentence[] {
  const words = member && memberWords(member, context.lang);
  const { policy, version, publisher, lang } = context;
  const t = useTranslations(lang);
  const common = { publisher, version: version.version, title: policy.title };
  const request = member?.request;
  const earlier = earlierDecision(request);
  const signed = version.endorsements.filter((e) => e.standing).length;
  const council = words?.council ?? t('decider.council', { municipality: t('package.blank') });
  const paragraphs = [
    sentence(t('resolution.whereas', { ...common, date: formatDate(version.published, lang) })),
  ];
  if (signed > 0) paragraphs.push(sentence(t('resolution.signed', { count: formatNumber(signed, lang) })));
  paragraphs.push(sentence(t('resolution.fingerprint', { hash: version.textHash, url: context.url })));
  if (context.reference)
    paragraphs.push(
      sentence(
        t('resolution.translation', {
          language: t(`language.${context.reference.lang}`),
          original: t(`language.${policy.lang}`),
          url: context.reference.url,
        }),
      ),
    );
  if (earlier && words)
    paragraphs.push(
      sentence(
        t('resolution.earlier', {
          decider: words.decider,
          verb: t(`citation.verb.${earlier.action}`),
          version: earlier.version,
          title: policy.title,
          instrument: words.instrument,
          date: words.date,
        }),
        words.instrument,
      ),
    );
  paragraphs.push(
    sentence(
      t(`resolution.resolved.${request?.kind ?? 'first'}`, {
        ...common,
        council,
        instrument: words?.instrument ?? '',
        date: words?.date ?? '',
      }),
      words?.instrument,
    ),
    sentence(t('resolution.forward', { publisher, registry: settings.title })),
  );
  return paragraphs;
}
