/**
 * Writes an Atom 1.0 feed (RFC 4287). Hand-written because it is small and, with
 * `xml.ts`, correct: the `feed` package would add a dependency and change the output, and
 * the part that matters here, dropping the characters XML 1.0 forbids, would still be ours.
 */
import { xmlAttribute, xmlText } from './xml.ts';

/** One announcement in a feed. */
export interface AtomEntry {
  /** A permanent URL: entries are identified by the address of what they announce. */
  id: string;
  title: string;
  url: string;
  /** YYYY-MM-DD */
  updated: string;
  summary?: string;
}

/** A feed and its entries, newest first. */
export interface AtomFeed {
  id: string;
  title: string;
  /** The feed's own URL. */
  self: string;
  /** The page it accompanies. */
  alternate: string;
  author: string;
  lang: string;
  entries: AtomEntry[];
}

/** The feed as XML; every text and attribute is made safe for XML, whatever it holds. */
export function atom(feed: AtomFeed): string {
  const updated = feed.entries[0]?.updated ?? '1970-01-01';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlAttribute(feed.lang)}">`,
    `  <id>${xmlText(feed.id)}</id>`,
    `  <title>${xmlText(feed.title)}</title>`,
    `  <updated>${xmlText(updated)}T00:00:00Z</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlAttribute(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlAttribute(feed.alternate)}"/>`,
    `  <author><name>${xmlText(feed.author)}</name></author>`,
    ...feed.entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${xmlText(entry.id)}</id>`,
      `    <title>${xmlText(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlAttribute(entry.url)}"/>`,
      `    <updated>${xmlText(entry.updated)}T00:00:00Z</updated>`,
      ...(entry.summary ? [`    <summary>${xmlText(entry.summary)}</summary>`] : []),
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
