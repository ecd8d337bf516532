import { randomBytes } from 'node:crypto';
import JSZip from 'jszip';
import type { Lang } from '../../i18n/index.ts';
import { earlierDecision, type PackageMember } from '../../council-package/council-package.ts';
import { memberWords, type MemberWords } from '../../council-package/package-wording.ts';
import type { PolicyView, Registry } from '../../registry/index.ts';
import { xmlText } from '../xml.ts';
import { councilPackageDocument } from './council-package.ts';
import { wordFile } from './document.ts';

/**
 * The council package as a Word file for each member with something to sign. A guideline of
 * a region of 30 has up to 30 such files per language, all alike but for the member's own
 * words (its council's name, its earlier decision's body, date and instrument): at 1,000
 * policies 10,000 files, each 17 ms when written whole with `docx`. So the document is written
 * once per guideline, language and kind of request, with placeholders for those words, and
 * each member's file is that document with its words put in: about 1 ms.
 *
 * The placeholders carry a nonce drawn for each build, so no text can contain one; a template
 * whose document lost one (a word processor would split it, `docx` does not) is refused, and
 * that member's file is written whole.
 */
const NONCE = randomBytes(6).toString('hex');
const TOKENS: MemberWords = {
  council: `[[${NONCE}:council]]`,
  decider: `[[${NONCE}:decider]]`,
  date: `[[${NONCE}:date]]`,
  instrument: `[[${NONCE}:instrument]]`,
};
const DOCUMENT = 'word/document.xml';

interface Template {
  zip: JSZip;
  xml: string;
  date: Date;
  /** Files are filled one at a time: the zip is shared. */
  queue: Promise<unknown>;
}

// Only the guideline being rendered: its member files are consecutive routes, and nothing is
// held from one guideline to the next.
let held: { slug: string; templates: Map<string, Promise<Template | undefined>> } | undefined;

export async function memberPackageFile(
  page: PolicyView,
  registry: Registry,
  lang: Lang,
  site: URL | undefined,
  member: PackageMember,
): Promise<ArrayBuffer> {
  const earlier = earlierDecision(member.request);
  const variant = [lang, member.request?.kind, earlier?.version, earlier?.action].join(' ');
  if (held?.slug !== page.slug) held = { slug: page.slug, templates: new Map() };
  let pending = held.templates.get(variant);
  if (!pending) held.templates.set(variant, (pending = template(page, registry, lang, site, member)));
  const shared = await pending;
  if (!shared) return wordFile(councilPackageDocument(page, registry, lang, site, member));
  const filled = shared.queue.then(() => fill(shared, memberWords(member, lang)));
  shared.queue = filled.catch(() => undefined);
  return filled;
}

async function template(
  page: PolicyView,
  registry: Registry,
  lang: Lang,
  site: URL | undefined,
  member: PackageMember,
): Promise<Template | undefined> {
  const file = await wordFile(councilPackageDocument(page, registry, lang, site, member, TOKENS));
  const zip = await JSZip.loadAsync(file);
  const entry = zip.file(DOCUMENT);
  if (!entry) return undefined;
  const xml = await entry.async('string');
  // The council's name is in every member's file; the others only where there is an earlier decision.
  if (!xml.includes(TOKENS.council)) return undefined;
  return { zip, xml, date: entry.date, queue: Promise.resolve() };
}

async function fill(template: Template, words: MemberWords): Promise<ArrayBuffer> {
  let xml = template.xml;
  for (const key of Object.keys(TOKENS) as (keyof MemberWords)[])
    xml = xml.replaceAll(TOKENS[key], xmlText(words[key]));
  template.zip.file(DOCUMENT, xml, { date: template.date });
  return template.zip.generateAsync({ type: 'arraybuffer', compression: 'DEFLATE' });
}
