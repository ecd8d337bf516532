import JSZip from 'jszip';
import { xmlText } from '../../xml.ts';
import { WORD_BOOKMARKS, type PackagePassages } from '../passages.ts';

/**
 * A member's council package as a Word file, written in the reader's browser: the generic
 * package's file (src/exports/word/council-package.ts) with the member's passages in place of
 * the words its hidden bookmarks mark. The build once wrote a file per member and language:
 * 100,000 files and 3 GB at 10,000 policies, for downloads few of them ever see.
 */
const DOCUMENT = 'word/document.xml';

export async function fillPackage(
  generic: ArrayBuffer | Uint8Array,
  passages: PackagePassages,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(generic);
  const entry = zip.file(DOCUMENT);
  if (!entry) throw new Error(`The Word file has no ${DOCUMENT}.`);
  let xml = await entry.async('string');
  const { words, paragraphs } = WORD_BOOKMARKS;
  for (const name of ['request', 'subject', 'recommendation'] as const)
    xml = putWords(xml, words[name], passages[name]);
  for (const name of ['background', 'resolution'] as const)
    xml = putParagraphs(xml, paragraphs[name], passages[name]);
  zip.file(DOCUMENT, xml, { date: entry.date });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const run = (text: string) => `<w:r><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;

/** A bookmark's start element, its id, and where its end element is. */
function bookmark(xml: string, name: string, from = 0) {
  const start = new RegExp(`<w:bookmarkStart\\b[^>]*\\bw:name="${name}"[^>]*/>`, 'g');
  start.lastIndex = from;
  const found = start.exec(xml);
  if (!found) return undefined;
  const id = /\bw:id="(\d+)"/.exec(found[0])?.[1];
  const end = new RegExp(`<w:bookmarkEnd\\b[^>]*\\bw:id="${id}"[^>]*/>`, 'g');
  end.lastIndex = found.index;
  const ending = end.exec(xml);
  if (!ending) throw new Error(`The Word file's bookmark ${name} has no end.`);
  return {
    start: found.index,
    inner: found.index + found[0].length,
    end: ending.index,
    after: end.lastIndex,
  };
}

/** The words between the bookmark's start and end replaced by `text`, in the same paragraph. */
function putWords(xml: string, name: string, text: string): string {
  const marked = bookmark(xml, name);
  if (!marked) throw new Error(`The Word file has lost its bookmark ${name}.`);
  return xml.slice(0, marked.inner) + run(text) + xml.slice(marked.end);
}

/** The paragraphs marked `<prefix>1`, `<prefix>2`… (consecutive) replaced by one paragraph per text. */
function putParagraphs(xml: string, prefix: string, texts: string[]): string {
  const ranges: { start: number; end: number }[] = [];
  for (let n = 1; ; n++) {
    const marked = bookmark(xml, `${prefix}${n}`);
    if (!marked) break;
    // `<w:p>` or `<w:p …>`, never `<w:pPr>`: the paragraph around the bookmark.
    const start = Math.max(xml.lastIndexOf('<w:p>', marked.start), xml.lastIndexOf('<w:p ', marked.start));
    const end = xml.indexOf('</w:p>', marked.after) + '</w:p>'.length;
    if (start < 0 || end < '</w:p>'.length)
      throw new Error(`The Word file's bookmark ${prefix}${n} is not in a paragraph.`);
    ranges.push({ start, end });
  }
  if (ranges.length === 0) throw new Error(`The Word file has lost its bookmarks ${prefix}….`);
  for (let i = 1; i < ranges.length; i++)
    if (ranges[i]!.start !== ranges[i - 1]!.end)
      throw new Error(`The Word file's ${prefix}… paragraphs are apart.`);
  // A member with no passage here would get a package with a hole where its resolution is:
  // better no file than a wrong one (the page's message says so, and the generic file remains).
  if (texts.length === 0) throw new Error(`No ${prefix}… passage for this member.`);
  // Each new paragraph keeps the look of the one it stands for (its style, indent, numbering):
  // the i-th marked paragraph's properties, or the last one's for paragraphs beyond them.
  const looks = ranges.map(
    ({ start, end }) => /<w:pPr>[\s\S]*?<\/w:pPr>|<w:pPr\/>/.exec(xml.slice(start, end))?.[0] ?? '',
  );
  const written = texts
    .map((text, i) => `<w:p>${looks[Math.min(i, looks.length - 1)]}${run(text)}</w:p>`)
    .join('');
  return xml.slice(0, ranges[0]!.start) + written + xml.slice(ranges.at(-1)!.end);
}
