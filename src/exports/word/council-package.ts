import { Bookmark, Paragraph, TextRun } from 'docx';
import { useTranslations, type Lang } from '../../i18n/index.ts';
import { earlierDecision, type PackageMember } from '../../council-package/council-package.ts';
import { formatDate } from '../../lib/format.ts';
import { councilName, deciderName } from '../../lib/names.ts';
import type { PolicyView, Registry } from '../../registry/index.ts';
import { textIn } from '../../registry/texts-in.ts';
import { sameVersion } from '../../lib/versions.ts';
import {
  reportFacts,
  reportWording,
  packageContext,
  resolutionWording,
  type PackageContext,
} from '../../council-package/package-wording.ts';
import { xmlCharacters } from '../xml.ts';
import { WORD_BOOKMARKS, type PackagePassages } from './passages.ts';
import { heading, para, plain, type WordDocument } from './document.ts';
import { versionWordText } from './version.ts';

/**
 * The council package (src/pages/[...lang]/policies/[slug]/council-package.astro) as a Word
 * document a clerk edits and files: the staff report, the draft resolution and the text for
 * signature, generic with blanks to fill by hand, and from it, in the reader's browser, written
 * for each member with something to sign (./member-packages.ts). The same words as the page, from
 * the same dictionary and the same per-member data (src/council-package/council-package.ts).
 */

/**
 * The passages of the package written for `member`, or of the generic package without one;
 * `summary` is the background's first paragraph, the same for every member.
 */
export function packagePassages(
  context: PackageContext,
  summary: string,
  member?: PackageMember,
): PackagePassages {
  const { policy, version, lang } = context;
  const t = useTranslations(lang);
  const request = member?.request;
  const kind = request?.kind ?? 'first';
  const earlier = earlierDecision(request);
  const { subject, recommendation } = reportWording(context, member);
  const background = [summary];
  if (member && kind === 'first')
    background.push(t('package.background.first', { council: councilName(member.municipality, lang) }));
  if (member && earlier)
    background.push(
      t('package.background.decision', {
        date: formatDate(earlier.date, lang),
        decider: deciderName(earlier.body, member.municipality, lang),
        verb: t(`citation.verb.${earlier.action}`),
        version: earlier.version,
        instrument: earlier.instrument,
      }) +
        (kind === 're-endorsement'
          ? ` ${t('package.background.re-endorsement', { version: policy.version, earlier: earlier.version })}`
          : ''),
    );
  return {
    request: member
      ? `${t('word.label', { label: councilName(member.municipality, lang) })} ${t(`package.asked.${kind}`, { version: version.version, earlier: earlier?.version ?? '' })}`
      : t('package.for.blank'),
    subject,
    recommendation: recommendation.text,
    background,
    resolution: resolutionWording(context, member).map(({ text }) => text),
  };
}

/** The background's first paragraph: the summary of the text in the reader's language, when it is the same version. */
export function packageSummary(page: PolicyView, lang: Lang): string {
  const policy = page.guideline.original;
  const readerText = textIn(page.guideline, lang);
  return sameVersion(readerText.version, policy.version) ? readerText.summary : policy.summary;
}

const bold = (value: string) => new TextRun({ text: xmlCharacters(value), bold: true });

/**
 * The generic package as a Word document, with blanks to fill by hand. The passages a
 * member's package words differently are marked with hidden bookmarks, so that the page's
 * script can write a member's file from this one (./browser/fill-package.ts).
 */
export function councilPackageDocument(
  page: PolicyView,
  registry: Registry,
  lang: Lang,
  site: URL | undefined,
): WordDocument {
  const t = useTranslations(lang);
  const context = packageContext(page, registry, lang, site);
  const passages = packagePassages(context, packageSummary(page, lang));
  const { policy, version, url } = context;
  const title = policy.title;
  const { words, paragraphs } = WORD_BOOKMARKS;
  const label = (name: string) => bold(`${t('word.label', { label: name })} `);
  const field = (name: string, value: string) => para(label(name), value);
  // A passage's words, marked: the member's words go in their place.
  const marked = (name: keyof typeof words, value: string) =>
    new Paragraph({
      children: [label(t(WORD_LABELS[name])), new Bookmark({ id: words[name], children: [plain(value)] })],
    });
  const markedParagraphs = (name: keyof typeof paragraphs, values: string[]) =>
    values.map(
      (value, i) =>
        new Paragraph({
          children: [new Bookmark({ id: `${paragraphs[name]}${i + 1}`, children: [plain(value)] })],
        }),
    );
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
      marked('request', passages.request),
      heading(t('package.report'), 2),
      field(t('package.to'), t('package.to.text')),
      field(t('package.from'), t('package.from.blank')),
      field(t('package.date'), t('package.date.blank')),
      field(t('package.number'), t('package.number.blank')),
      marked('subject', passages.subject),
      marked('recommendation', passages.recommendation),
      heading(t('package.background'), 3),
      ...markedParagraphs('background', passages.background),
      field(t('package.progress'), facts.progress),
      field(t('package.signed'), facts.signed),
      field(t('package.financial'), facts.financial),
      field(t('package.attachments'), facts.attachment),
      field(t('package.preparedBy'), t('package.preparedBy.blank')),
      heading(t('package.resolution'), 2),
      ...markedParagraphs('resolution', passages.resolution),
      heading(
        `${t('package.attachment', { number: 1 })} ${title}, ${t('version.title', { version: version.version })}`,
        2,
      ),
      para(`${t('word.label', { label: t('field.textHash') })} ${version.textHash}`),
      ...text.blocks,
    ],
  };
}

/** The label before each marked passage's words. */
const WORD_LABELS = {
  request: 'word.request',
  subject: 'package.subject',
  recommendation: 'package.recommendation',
} as const;
