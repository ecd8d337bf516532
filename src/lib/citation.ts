import { formatDate } from './format.ts';
import type { Lang } from '../i18n/index.ts';

/**
 * Ready-made citations of a policy version, a clause or an endorsement: a sentence for a
 * council report, APA, BibTeX and CSL-JSON. Every one names the exact version and its
 * permanent address, because a citation that floats to "the latest text" proves nothing.
 */
export interface Citable {
  /** The policy's title. */
  title: string;
  version: string;
  /** Date the version was published, YYYY-MM-DD. */
  published: string;
  /** Who publishes it: the region, or the municipality for its own policy. */
  author: string;
  kind: string;
  /** The permanent, absolute URL of what is cited. */
  url: string;
  textHash: string;
  lang: Lang;
  /** A clause within the version, when citing one. */
  clause?: string;
  /** A council decision, when citing an endorsement. */
  endorsement?: { municipality: string; body: string; action: string; date: string; instrument: string };
}

export interface Citation {
  sentence: string;
  apa: string;
  bibtex: string;
  cslJson: string;
}

export function cite(item: Citable, registryName: string): Citation {
  const year = item.published.slice(0, 4);
  const clause = item.clause ? `, clause “${item.clause}”` : '';
  const versionTitle = `${item.title} (Version ${item.version}${clause})`;
  const decision = item.endorsement;
  const sentence = decision
    ? `On ${formatDate(decision.date, 'en')}, ${decision.body} of ${decision.municipality} ${decision.action} version ${item.version} of the ${item.title} (${decision.instrument}); the text it ${decision.action} has the SHA-256 fingerprint ${item.textHash} and is published at ${item.url}.`
    : `${item.author}, ${item.title}, version ${item.version}${clause} (${item.kind}), published ${formatDate(item.published, 'en')}; text hash ${item.textHash}; available at ${item.url}.`;
  const apa = decision
    ? `${decision.municipality}. (${decision.date.slice(0, 4)}). ${decision.instrument}: ${decision.action} ${versionTitle}. ${registryName}. ${item.url}`
    : `${item.author}. (${year}). ${versionTitle} [${item.kind}]. ${registryName}. ${item.url}`;
  const key = `${slugKey(decision?.municipality ?? item.author)}${(decision?.date ?? item.published).slice(0, 4)}${slugKey(item.title).slice(0, 24)}`;
  const bibtex = [
    `@misc{${key},`,
    `  author = {{${bib(decision?.municipality ?? item.author)}}},`,
    `  title = {{${bib(`${decision ? `${decision.instrument}: ${decision.action} ` : ''}${versionTitle}`)}}},`,
    `  year = {${(decision?.date ?? item.published).slice(0, 4)}},`,
    `  date = {${decision?.date ?? item.published}},`,
    `  version = {${item.version}},`,
    `  howpublished = {${bib(registryName)}},`,
    `  url = {${item.url}},`,
    `  note = {Text hash ${item.textHash}},`,
    `}`,
  ].join('\n');
  const [y, m, d] = (decision?.date ?? item.published).split('-').map(Number);
  const cslJson = JSON.stringify(
    {
      id: key,
      type: decision ? 'legislation' : 'report',
      title: decision ? `${decision.instrument}: ${decision.action} ${versionTitle}` : versionTitle,
      author: [{ literal: decision?.municipality ?? item.author }],
      issued: { 'date-parts': [[y, m, d]] },
      version: item.version,
      genre: item.kind,
      publisher: registryName,
      URL: item.url,
      language: item.lang,
      note: `Text hash ${item.textHash}`,
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
