/**
 * Text and attribute values for the XML the registry writes (Atom feeds, the sitemap).
 * Content is data: a title pasted from a word processor can hold a form feed or a
 * vertical tab, which XML 1.0 forbids outright, so one such character would make a whole
 * feed unreadable. Every value goes through here, so every file stays well-formed.
 */

/**
 * Characters XML 1.0 forbids (https://www.w3.org/TR/xml/#charsets): C0 controls other
 * than tab, line feed and carriage return; U+FFFE and U+FFFF; and lone surrogates, which
 * the `u` flag sees as code points of their own.
 */
const C0_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
const NOT_A_CHARACTER = /[\uFFFE\uFFFF]|\p{Surrogate}/gu;

/**
 * The text with the characters XML 1.0 forbids replaced. A C0 control becomes a space:
 * word processors use them as separators (a vertical tab is Word's line break, a form feed
 * its page break), so a space keeps the words apart. A non-character or lone surrogate
 * becomes U+FFFD, as a UTF-8 encoder would write it.
 */
export function xmlCharacters(text: string): string {
  return text.replace(C0_CONTROL, ' ').replace(NOT_A_CHARACTER, '\uFFFD');
}

/**
 * Character data: `&`, `<` and `>` escaped (`>` too, so that `]]>` in a title cannot
 * end anything), and a carriage return written as a reference, since a parser would
 * otherwise turn it into a line feed.
 */
export function xmlText(text: string): string {
  return xmlCharacters(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\r', '&#13;');
}

/**
 * A value for an attribute written between double quotes: the quote escaped too, and tab
 * and line feed written as references, since a parser turns them into spaces otherwise.
 */
export function xmlAttribute(text: string): string {
  return xmlText(text).replaceAll('"', '&quot;').replaceAll('\t', '&#9;').replaceAll('\n', '&#10;');
}
