import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import type { Lang } from '../../i18n/index.ts';
import type { PolicyView, Registry } from '../../registry/index.ts';
import { pageKeys } from '../../registry/page-keys.ts';
import { urlsFor } from '../../lib/urls.ts';
import { packageRecipients } from '../../council-package/council-package.ts';
import { councilPackageDocument, packagePassages, wordPackageContext } from './council-package.ts';
import { wordFile } from './document.ts';
import { passageTokens, SINGLE_PASSAGES, type MemberPackages } from './passages.ts';

/**
 * The council package written for each member with something to sign, as a Word file: one
 * template per guideline and language, and each member's passages (`members.json`), put
 * together in the reader's browser when they ask (./browser/fill-template.ts). The build writes
 * two files per guideline and language where it wrote one per member: at 1,000 policies 10,000
 * files fewer, each 7 ms.
 */
export function memberPackages(
  page: PolicyView,
  registry: Registry,
  lang: Lang,
  site: URL | undefined,
): MemberPackages {
  const urls = urlsFor(lang);
  const context = wordPackageContext(page, registry, lang, site);
  const members = packageRecipients(page, registry, lang).map((member) => ({
    id: member.municipality.id,
    file: `${page.slug}-council-package-${member.municipality.id}.docx`,
    passages: packagePassages(context, member),
  }));
  const longest = Math.max(0, ...members.map((member) => member.passages.resolution.length));
  return {
    template: urls.councilPackageTemplate(page.slug),
    tokens: passageTokens(seed(page, registry, lang), longest),
    members,
  };
}

/** The template: the package with a placeholder in each passage's place (its own paragraph). */
export async function memberTemplate(
  page: PolicyView,
  registry: Registry,
  lang: Lang,
  site: URL | undefined,
): Promise<ArrayBuffer> {
  const { tokens } = memberPackages(page, registry, lang, site);
  const file = await wordFile(councilPackageDocument(page, registry, lang, site, tokens));
  // `docx` writes each run whole; were a placeholder ever split, every member's file would be wrong.
  const xml = (await (await JSZip.loadAsync(file)).file('word/document.xml')?.async('string')) ?? '';
  const lost = [...SINGLE_PASSAGES.map((name) => tokens[name]), ...tokens.resolution].filter(
    (token) => !xml.includes(token),
  );
  if (lost.length) throw new Error(`The council package template of ${page.slug} lost ${lost.join(', ')}.`);
  return file;
}

/** The same for the template and the members' passages, as both are built from the same key. */
function seed(page: PolicyView, registry: Registry, lang: Lang): string {
  return createHash('sha256')
    .update(`${pageKeys(registry).guideline(page.guideline)} ${lang}`)
    .digest('hex')
    .slice(0, 12);
}
