/** Writes an Atom 1.0 feed (RFC 4287). */
export interface AtomEntry {
  /** A permanent URL: entries are identified by the address of what they announce. */
  id: string;
  title: string;
  url: string;
  /** YYYY-MM-DD */
  updated: string;
  summary?: string;
}

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

export function atom(feed: AtomFeed): string {
  const updated = feed.entries[0]?.updated ?? '1970-01-01';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escape(feed.lang)}">`,
    `  <id>${escape(feed.id)}</id>`,
    `  <title>${escape(feed.title)}</title>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(feed.alternate)}"/>`,
    `  <author><name>${escape(feed.author)}</name></author>`,
    ...feed.entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${escape(entry.id)}</id>`,
      `    <title>${escape(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escape(entry.url)}"/>`,
      `    <updated>${entry.updated}T00:00:00Z</updated>`,
      ...(entry.summary ? [`    <summary>${escape(entry.summary)}</summary>`] : []),
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

function escape(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
