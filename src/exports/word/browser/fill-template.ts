import JSZip from 'jszip';
import { xmlText } from '../../xml.ts';
import { SINGLE_PASSAGES, type PackagePassages } from '../passages.ts';

/**
 * A member's council package as a Word file, written in the reader's browser: the guideline's
 * template (src/exports/word/member-template.ts) with the member's passages in place of its
 * placeholders, and the paragraph of each passage the member's package does not have removed.
 * A member's file was once written by the build, one per member and language: 100,000 files
 * and 3 GB at 10,000 policies, for a download few of them ever see.
 */
const DOCUMENT = 'word/document.xml';

export async function fillTemplate(
  template: ArrayBuffer | Uint8Array,
  tokens: PackagePassages,
  passages: PackagePassages,
): Promise<Uint8Array> {
  if (passages.resolution.length > tokens.resolution.length)
    throw new Error('The Word template has fewer resolution paragraphs than this member’s resolution.');
  const zip = await JSZip.loadAsync(template);
  const entry = zip.file(DOCUMENT);
  if (!entry) throw new Error(`The Word template has no ${DOCUMENT}.`);
  let xml = await entry.async('string');
  const pairs: [string, string][] = [
    ...SINGLE_PASSAGES.map((name): [string, string] => [tokens[name], passages[name]]),
    ...tokens.resolution.map((token, i): [string, string] => [token, passages.resolution[i] ?? '']),
  ];
  for (const [token, value] of pairs) xml = put(xml, token, value);
  zip.file(DOCUMENT, xml, { date: entry.date });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The placeholder replaced by `value`, or its whole paragraph removed when `value` is empty. */
function put(xml: string, token: string, value: string): string {
  const at = xml.indexOf(token);
  if (at < 0) throw new Error(`The Word template has lost its placeholder ${token}.`);
  if (value) return xml.slice(0, at) + xmlText(value) + xml.slice(at + token.length);
  // `<w:p>` or `<w:p …>`, never `<w:pPr>`: the paragraph's start and end around the placeholder.
  const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
  const end = xml.indexOf('</w:p>', at);
  if (start < 0 || end < 0)
    throw new Error(`The Word template's placeholder ${token} is not in a paragraph.`);
  return xml.slice(0, start) + xml.slice(end + '</w:p>'.length);
}
