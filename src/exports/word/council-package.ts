import { TextRun } from 'docx';
import { useTranslations, type Lang } from '../../i18n/index.ts';
import {
  earlierDecision,
  packageMembers,
  type PackageMember,
} from '../../council-package/council-package.ts';
import { formatDate } from '../../lib/format.ts';
import { councilName, deciderName } from '../../lib/names.ts';
import { publisherName } from '../policy-citations.ts';
import type { PolicyView, Registry } from '../../registry/index.ts';
import { coSigningProgress } from '../../registry/standing.ts';
import { textIn } from '../../registry/texts-in.ts';
import { absoluteUrl, urlsFor } from '../../lib/urls.ts';
import { sameVersion } from '../../lib/versions.ts';
import {
  memberWords,
  reportFacts,
  reportWording,
  resolutionWording,
  type MemberWords,
  type PackageContext,
} from '../../council-package/package-wording.ts';
import { xmlCharacters } from '../xml.ts';
import { heading, para, type WordDocument } from './document.ts';
import { versionWordText } from './version.ts';

/**
 * The council package (src/pages/[...lang]/policies/[slug]/council-package.astro) as a Word
 * document a clerk edits and files: the staff report, the draft resolution and the text for
 * signature, written for one member of the region with something to sign (its signing
 * request), or generic with blanks to fill by hand. The same words as the page, from the same
 * dictionary and the same per-member data (src/council-package/council-package.ts).
 */

/**
 * The members a package is written for: those with something to sign, as the page offers.
 * Kept per text and language: each member's Word file is a route of its own that asks again,
 * and working them out is a comparison lookup per member (30 members, 900 lookups otherwise).
 */
const recipients = new WeakMap<PolicyView, Partial<Record<Lang, PackageMember[]>>>();

export function packageRecipients(page: PolicyView, registry: Registry, lang: Lang): PackageMember[] {
  let byLang = recipients.get(page);
  if (!byLang) recipients.set(page, (byLang = {}));
  return (byLang[lang] ??= recipientsOf(page, registry, lang));
}

function recipientsOf(page: PolicyView, registry: Registry, lang: Lang): PackageMember[] {
  const { original } = page.guideline;
  const region = original.region ? registry.regions.get(original.region) : undefined;
  return region ? packageMembers(page.guideline, region, registry, lang).filter((m) => m.request) : [];
}

const bold = (value: string) => new TextRun({ text: xmlCharacters(value), bold: true });

export function councilPackageDocument(
  page: PolicyView,
  registry: Registry,
  lang: Lang,
  site: URL | undefined,
  member?: PackageMember,
  words: MemberWords | undefined = member && memberWords(member, lang),
): WordDocument {
  const t = useTranslations(lang);
  const urls = urlsFor(lang);
  const { guideline } = page;
  const policy = guideline.original;
  const version = policy.versions[0]!;
  const readerText = textIn(guideline, lang);
  const publisher = publisherName(policy, registry, lang);
  const region = policy.region ? registry.regions.get(policy.region) : undefined;
  const progress = region ? coSigningProgress(guideline, region) : undefined;
  const url = absoluteUrl(urls.version(policy.slug, version.version), site);
  const title = policy.title;
  const request = member?.request;
  const kind = request?.kind ?? 'first';
  const earlier = earlierDecision(request);
  const field = (label: string, value: string) => para(bold(`${t('word.label', { label })} `), value);

  const background = [
    para(sameVersion(readerText.version, policy.version) ? readerText.summary : policy.summary),
  ];
  if (words && kind === 'first')
    background.push(para(t('package.background.first', { council: words.council })));
  if (words && earlier)
    background.push(
      para(
        t('package.background.decision', {
          date: words.date,
          decider: words.decider,
          verb: t(`citation.verb.${earlier.action}`),
          version: earlier.version,
          instrument: words.instrument,
        }),
        kind === 're-endorsement'
          ? ` ${t('package.background.re-endorsement', { version: policy.version, earlier: earlier.version })}`
          : '',
      ),
    );

  const context: PackageContext = {
    policy,
    version,
    publisher,
    url,
    region,
    progress,
    reference:
      readerText === policy
        ? undefined
        : { lang: readerText.lang, url: absoluteUrl(urls.policy(readerText.slug), site) },
    lang,
  };
  const { subject, recommendation } = reportWording(context, member, words);
  const facts = reportFacts(context);
  const resolution = resolutionWording(context, member, words).map(({ text }) => para(text));

  const text = versionWordText(version, lang, site, 1);
  const documentTitle = `${t('package.titleFor', { title })}, ${t('version.title', { version: version.version })}`;
  return {
    title: documentTitle,
    lang,
    numbering: text.numbering,
    footer: { url, hash: version.textHash },
    blocks: [
      heading(documentTitle),
      // The signing request: whom the package is written for, and what it asks of that council.
      words
        ? field(
            t('word.request'),
            `${t('word.label', { label: words.council })} ${t(`package.asked.${kind}`, { version: version.version, earlier: earlier?.version ?? '' })}`,
          )
        : para(t('package.for.blank')),
      heading(t('package.report'), 2),
      field(t('package.to'), t('package.to.text')),
      field(t('package.from'), t('package.from.blank')),
      field(t('package.date'), t('package.date.blank')),
      field(t('package.number'), t('package.number.blank')),
      field(t('package.subject'), subject),
      field(t('package.recommendation'), recommendation.text),
      heading(t('package.background'), 3),
      ...background,
      field(t('package.progress'), facts.progress),
      field(t('package.signed'), facts.signed),
      field(t('package.financial'), facts.financial),
      field(t('package.attachments'), facts.attachment),
      field(t('package.preparedBy'), t('package.preparedBy.blank')),
      heading(t('package.resolution'), 2),
      ...resolution,
      heading(
        `${t('package.attachment', { number: 1 })} ${title}, ${t('version.title', { version: version.version })}`,
        2,
      ),
      para(`${t('word.label', { label: t('field.textHash') })} ${version.textHash}`),
      ...text.blocks,
    ],
  };
}
