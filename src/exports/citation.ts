import { formatDate } from '../lib/format.ts';
import { useTranslations, type Lang, type UiKey } from '../i18n/index.ts';
import type { EndorsementAction } from '../schemas/endorsement.ts';
import type { PolicyKind } from '../schemas/policy.ts';

/**
 * Ready-made citations of a policy version, a clause or an endorsement: a sentence for a
 * council report, APA, BibTeX and CSL-JSON, in the page's language. Every one names the
 * exact version and its permanent address, because a citation that floats to "the latest
 * text" proves nothing.
 */
export interface Citable {
  /** The policy's title. */
  title: string;
  version: string;
  /** Date the version was published, YYYY-MM-DD. */
  published: string;
  /** Who publishes it: the region, or the municipality for its own policy. */
  author: string;
  /**
   * Whom the BibTeX key names, the same in every language so that the key is too: the usual
   * name of the publisher, or of the deciding municipality for a decision.
   */
  keyName: string;
  kind: PolicyKind;
  /** The permanent, absolute URL of what is cited: for a decision, on the version it signed. */
  url: string;
  textHash: string;
  /** The language of the policy's text (the citation's own is the page's). */
  lang: Lang;
  /** A clause within the version, when citing one. */
  clause?: string;
  /** A council decision, when citing an endorsement. */
  endorsement?: {
    /** Who decided, e.g. "General Government Committee of the Council of the City of Pickering". */
    decider: string;
    action: EndorsementAction;
    date: string;
    instrument: string;
    /** The minutes or the resolution online, when recorded. */
    sourceUrl?: string;
  };
}

export interface Citation {
  sentence: string;
  apa: string;
  bibtex: string;
  cslJson: string;
}

export function cite(item: Citable, registryName: string, lang: Lang): Citation {
  const t = useTranslations(lang);
  const decision = item.endorsement;
  const date = decision?.date ?? item.published;
  const kind = t(`kind.${item.kind}`).toLocaleLowerCase(lang);
  const versionTitle = item.clause
    ? t('citation.versionTitle.clause', { title: item.title, version: item.version, clause: item.clause })
    : t('citation.versionTitle', { title: item.title, version: item.version });
  const title = decision
    ? t('citation.decisionTitle', {
        instrument: decision.instrument,
        action: t(`citation.action.${decision.action}` as UiKey),
        versionTitle,
      })
    : versionTitle;
  const author = decision?.decider ?? item.author;
  const minutes = decision?.sourceUrl && t('citation.minutes', { url: decision.sourceUrl });
  const hashNote = t('citation.hash', { hash: item.textHash });
  const note = minutes ? `${hashNote}. ${minutes}` : hashNote;

  const sentence = decision
    ? t('citation.decision.sentence', {
        date: formatDate(decision.date, lang),
        decider: decision.decider,
        verb: t(`citation.verb.${decision.action}` as UiKey),
        version: item.version,
        title: item.title,
        instrument: decision.instrument,
        hash: item.textHash,
        url: item.url,
      }) + (minutes ? ` ${minutes}.` : '')
    : t('citation.version.sentence', {
        author: item.author,
        title: item.title,
        version: item.version,
        clause: item.clause ? t('citation.clause', { clause: item.clause }) : '',
        kind,
        date: formatDate(item.published, lang),
        hash: item.textHash,
        url: item.url,
      });
  const apa = `${author}. (${date.slice(0, 4)}). ${title}${decision ? '' : ` [${kind}]`}. ${registryName}. ${item.url}${minutes ? ` (${minutes})` : ''}`;
  const key = `${slugKey(item.keyName)}${date.slice(0, 4)}${slugKey(item.title).slice(0, 24)}`;
  const bibtex = [
    `@misc{${key},`,
    `  author = {{${bib(author)}}},`,
    `  title = {{${bib(title)}}},`,
    `  year = {${date.slice(0, 4)}},`,
    `  date = {${date}},`,
    `  version = {${item.version}},`,
    `  howpublished = {${bib(registryName)}},`,
    `  url = {${item.url}},`,
    `  note = {${bib(note)}},`,
    `}`,
  ].join('\n');
  const [y, m, d] = date.split('-').map(Number);
  const cslJson = JSON.stringify(
    {
      id: key,
      type: decision ? 'legislation' : 'report',
      title,
      author: [{ literal: author }],
      issued: { 'date-parts': [[y, m, d]] },
      version: item.version,
      genre: kind,
      publisher: registryName,
      URL: item.url,
      language: item.lang,
      note,
    },
    null,
    2,
  );
  return { sentence, apa, bibtex, cslJson };
}

function slugKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

/**
 * Text as a BibTeX value: braces and backslashes are BibTeX's own syntax, so a title holding
 * `}` could otherwise close the field and forge the next one (a url, a text hash).
 */
function bib(text: string): string {
  return text.replace(/[\\{}]/g, (char) => (char === '\\' ? '\\textbackslash{}' : `\\${char}`));
}
