import { TextRun } from 'docx';
import { useTranslations, type Lang } from '../../i18n/index.ts';
import { earlierDecision, type PackageMember } from '../../council-package/council-package.ts';
import { formatDate } from '../../lib/format.ts';
import { councilName, deciderName } from '../../lib/names.ts';
import { publisherName } from '../policy-citations.ts';
import type { PolicyView, Registry } from '../../registry/index.ts';
import { coSigningProgress } from '../../registry/standing.ts';
import { textIn } from '../../registry/texts-in.ts';
import { absoluteUrl, urlsFor } from '../../lib/urls.ts';
import { sameVersion } from '../../lib/versions.ts';
import {
  reportFacts,
  reportWording,
  resolutionWording,
  type PackageContext,
} from '../../council-package/package-wording.ts';
import { xmlCharacters } from '../xml.ts';
import type { PackagePassages } from './passages.ts';
import { heading, para, type WordDocument } from './document.ts';
import { versionWordText } from './version.ts';

/**
 * The council package (src/pages/[...lang]/policies/[slug]/council-package.astro) as a Word
 * document a clerk edits and files: the staff report, the draft resolution and the text for
 * signature, generic with blanks to fill by hand, or as the template of the files written for
 * each member with something to sign (./member-template.ts). The same words as the page, from
 * the same dictionary and the same per-member data (src/council-package/council-package.ts).
 */

/** What the staff report and the resolution say of the text, as the page's package says it. */
export function wordPackageContext(
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

/** The paragraphs of the package written for `member`, or of the generic package without one. */
export function packagePassages(context: PackageContext, member?: PackageMember): PackagePassages {
  const { policy, version, lang } = context;
  const t = useTranslations(lang);
  const request = member?.request;
  const kind = request?.kind ?? 'first';
  const earlier = earlierDecision(request);
  const { subject, recommendation } = reportWording(context, member);
  let background = '';
  if (member && kind === 'first')
    background = t('package.background.first', { council: councilName(member.municipality, lang) });
  if (member && earlier)
    background =
      t('package.background.decision', {
        date: formatDate(earlier.date, lang),
        decider: deciderName(earlier.body, member.municipality, lang),
        verb: t(`citation.verb.${earlier.action}`),
        version: earlier.version,
        instrument: earlier.instrument,
      }) +
      (kind === 're-endorsement'
        ? ` ${t('package.background.re-endorsement', { version: policy.version, earlier: earlier.version })}`
        : '');
  return {
    request: member
      ? `${t('word.label', { label: councilName(member.municipality, lang) })} ${t(`package.asked.${kind}`, { version: version.version, earlier: earlier?.version ?? '' })}`
      : '',
    unaddressed: member ? '' : t('package.for.blank'),
    subject,
    recommendation: recommendation.text,
    background,
    resolution: resolutionWording(context, member).map(({ text }) => text),
  };
}

const bold = (value: string) => new TextRun({ text: xmlCharacters(value), bold: true });

/**
 * The package as a Word document, with `passages` in the places that differ from member to
 * member: the generic package's own, or a template's placeholders. A passage left empty is
 * not written (a template has a paragraph for every passage, which filling it removes).
 */
export function councilPackageDocument(
  page: PolicyView,
  registry: Registry,
  lang: Lang,
  site: URL | undefined,
  passages: PackagePassages = packagePassages(wordPackageContext(page, registry, lang, site)),
): WordDocument {
  const t = useTranslations(lang);
  const context = wordPackageContext(page, registry, lang, site);
  const { policy, version, url } = context;
  const readerText = textIn(page.guideline, lang);
  const title = policy.title;
  const field = (label: string, value: string) => para(bold(`${t('word.label', { label })} `), value);
  const written = <T>(value: string, paragraph: (value: string) => T): T[] =>
    value ? [paragraph(value)] : [];
  const facts = reportFacts(context);
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
      ...written(passages.request, (value) => field(t('word.request'), value)),
      ...written(passages.unaddressed, (value) => para(value)),
      heading(t('package.report'), 2),
      field(t('package.to'), t('package.to.text')),
      field(t('package.from'), t('package.from.blank')),
      field(t('package.date'), t('package.date.blank')),
      field(t('package.number'), t('package.number.blank')),
      field(t('package.subject'), passages.subject),
      field(t('package.recommendation'), passages.recommendation),
      heading(t('package.background'), 3),
      para(sameVersion(readerText.version, policy.version) ? readerText.summary : policy.summary),
      ...written(passages.background, (value) => para(value)),
      field(t('package.progress'), facts.progress),
      field(t('package.signed'), facts.signed),
      field(t('package.financial'), facts.financial),
      field(t('package.attachments'), facts.attachment),
      field(t('package.preparedBy'), t('package.preparedBy.blank')),
      heading(t('package.resolution'), 2),
      ...passages.resolution.flatMap((value) => written(value, (v) => para(v))),
      heading(
        `${t('package.attachment', { number: 1 })} ${title}, ${t('version.title', { version: version.version })}`,
        2,
      ),
      para(`${t('word.label', { label: t('field.textHash') })} ${version.textHash}`),
      ...text.blocks,
    ],
  };
}
