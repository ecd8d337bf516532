/**
 * Exports and feeds cannot be turned against their readers. A registry whose policy,
 * endorsements, region and topic hold spreadsheet formulas, XML-forbidden control
 * characters, markup and a lone surrogate is built once with the real build; then every
 * CSV is read with csv-parse, every XML file checked by fast-xml-parser's validator and
 * every JSON file parsed, as the registry's readers would.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseCsvText } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../src/exports/csv.ts';
import { xmlAttribute, xmlCharacters, xmlText } from '../src/exports/xml.ts';
import type { Edit } from './fixtures/invalid-cases.ts';
import { buildRegistry, outputRoot, projectRoot } from './support/build.ts';
import { copyWithEdits } from './support/fixture-copy.ts';

/** The hostile values, as the registry holds them once YAML has read its escapes. */
const hostile = {
  title: '=HYPERLINK("http://evil","x") Fixture Cybersecurity Standard',
  summary: '+1 controls\fpage two, \u0001 start of heading, \u0000 null, ]]> <b>bold</b> & more\uFFFF',
  ajaxInstrument: '\tDEMO-F-09',
  ajaxNotes: '@SUM(A1) and a lone \uD800 surrogate',
  pickeringBody: '\rCouncil',
  pickeringInstrument: '-2+3 DEMO-F-10',
  pickeringNotes: '\u001F unit separator ]]> </notes>',
  regionName: 'Shoreline & <Coalition> ]]>\u000B',
  topicDescription: "=cmd|' /C calc'!A0",
};

/**
 * A value written in YAML: a JSON string is a YAML double-quoted scalar, whose escapes make
 * the controls; U+FFFE and U+FFFF, which JSON leaves raw and YAML refuses raw, are escaped.
 */
const yaml = (text: string) =>
  JSON.stringify(text).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);

const policy = 'policies/cyber-standard/index.mdx';
const edits: Edit[] = [
  { file: policy, replace: ['title: Fixture Cybersecurity Standard', `title: ${yaml(hostile.title)}`] },
  {
    file: policy,
    replace: [
      'summary: Minimum cybersecurity controls for every member municipality.',
      `summary: ${yaml(hostile.summary)}`,
    ],
  },
  {
    file: policy,
    replace: [
      '    instrument: DEMO-F-09',
      `    instrument: ${yaml(hostile.ajaxInstrument)}\n    notes: ${yaml(hostile.ajaxNotes)}`,
    ],
  },
  {
    file: policy,
    replace: [
      '    instrument: DEMO-F-10',
      [
        `    instrument: ${yaml(hostile.pickeringInstrument)}`,
        `    body: ${yaml(hostile.pickeringBody)}`,
        `    notes: ${yaml(hostile.pickeringNotes)}`,
      ].join('\n'),
    ],
  },
  {
    file: 'regions/shoreline.yaml',
    replace: ['name: Shoreline Coalition', `name: ${yaml(hostile.regionName)}`],
  },
  {
    file: 'topics/cybersecurity.yaml',
    write: `name: Cybersecurity\nname_fr: Cybersécurité\ndescription: ${yaml(hostile.topicDescription)}\n`,
  },
];

/** What a spreadsheet would run as a formula: csv-stringify's `escape_formulas` list. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * The characters XML 1.0 forbids, written raw or as a character reference. Checked apart
 * from XMLValidator, which reads a form feed or a NUL without complaint.
 */
function forbiddenXmlCharacters(xml: string): string[] {
  const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Surrogate}/u;
  const references = [...xml.matchAll(/&#(x[0-9a-f]+|[0-9]+);/gi)].map(([, code]) =>
    String.fromCodePoint(code!.startsWith('x') ? parseInt(code!.slice(1), 16) : Number(code)),
  );
  return [...xml, ...references].filter((char) => forbidden.test(char));
}

function filesIn(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => join(dir, file));
}

describe('a registry whose content holds formulas, controls and markup', () => {
  let dist = '';
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');

  beforeAll(async () => {
    const content = copyWithEdits(
      resolve(projectRoot, 'tests/fixtures/registry'),
      join(outputRoot, 'hostile-exports', 'content'),
      edits,
    );
    const result = await buildRegistry({ content, name: 'hostile-exports' });
    if (result.code !== 0) throw new Error(`The hostile registry did not build:\n${result.output}`);
    dist = result.outDir;
  });

  it('builds the registry with the hostile values as written', () => {
    const policies = JSON.parse(read('data/policies.json')) as Record<string, unknown>[];
    expect(policies.find((p) => p.id === 'cyber-standard')).toMatchObject({
      title: hostile.title,
      summary: hostile.summary,
    });
  });

  it('writes every CSV cell as its JSON value, with formulas neutralised by a leading quote', () => {
    const csvFiles = filesIn(join(dist, 'data'), '.csv');
    expect(csvFiles).toHaveLength(6);
    for (const file of csvFiles) {
      const rows = parseCsvText(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
      const records = JSON.parse(readFileSync(file.replace(/\.csv$/, '.json'), 'utf8')) as Record<
        string,
        unknown
      >[];
      expect(rows.map((row) => row.id)).toEqual(records.map((record) => record.id));
      rows.forEach((row, i) => {
        for (const [column, cell] of Object.entries(row)) {
          const value = records[i]![column];
          const plain = Array.isArray(value) ? value.join(';') : value === undefined ? '' : String(value);
          // A file is UTF-8: a lone surrogate can only be written as U+FFFD.
          const expected = FORMULA_START.test(plain) && typeof value !== 'number' ? `'${plain}` : plain;
          expect(cell, `${relative(dist, file)} ${String(row.id)} ${column}`).toBe(expected.toWellFormed());
          expect(cell, `${relative(dist, file)} ${String(row.id)} ${column}`).not.toMatch(FORMULA_START);
        }
      });
    }
  });

  it('neutralises each hostile text cell, and leaves identifiers as they are', () => {
    const csv = (name: string) =>
      parseCsvText(read(`data/${name}.csv`), { columns: true }) as Record<string, string>[];
    const policy = csv('policies').find((p) => p.id === 'cyber-standard')!;
    expect(policy.title).toBe(`'${hostile.title}`);
    expect(policy.summary).toBe(`'${hostile.summary}`);
    const endorsements = csv('endorsements');
    const ajax = endorsements.find((e) => e.id === 'cyber-standard/ajax/adopted/1.0')!;
    expect(ajax).toMatchObject({
      instrument: `'${hostile.ajaxInstrument}`,
      notes: `'${hostile.ajaxNotes}`.toWellFormed(),
      policy: 'cyber-standard',
      municipality: 'ajax',
      version: '1.0',
      date: '2025-02-01',
    });
    const pickering = endorsements.find((e) => e.id === 'cyber-standard/pickering/adopted/1.0')!;
    expect(pickering).toMatchObject({
      body: `'${hostile.pickeringBody}`,
      instrument: `'${hostile.pickeringInstrument}`,
      notes: hostile.pickeringNotes,
    });
    expect(csv('topics').find((t) => t.id === 'cybersecurity')!.description).toBe(
      `'${hostile.topicDescription}`,
    );
  });

  it('keeps every XML file well-formed, and the text readable in it', () => {
    const xmlFiles = filesIn(dist, '.xml');
    // The sitemap, and the English and French feeds of the site, 2 regions and 6 municipalities.
    expect(xmlFiles.length).toBeGreaterThanOrEqual(1 + 2 * (1 + 2 + 6));
    for (const file of xmlFiles) {
      const xml = readFileSync(file, 'utf8');
      expect(XMLValidator.validate(xml), relative(dist, file)).toBe(true);
      expect(forbiddenXmlCharacters(xml), relative(dist, file)).toEqual([]);
    }
    const parser = new XMLParser({
      isArray: (name) => name === 'entry',
      trimValues: false,
      parseTagValue: false,
      htmlEntities: true,
    });
    const feed = parser.parse(read('regions/shoreline/feed.xml')).feed;
    expect(feed.title).toMatch(/: Shoreline & <Coalition> \]\]> $/);
    const summaries = (feed.entry as { summary?: string }[]).map((entry) => entry.summary);
    expect(summaries).toContain(
      '+1 controls page two,   start of heading,   null, ]]> <b>bold</b> & more\uFFFD',
    );
    expect(summaries).toContain(`${hostile.pickeringBody}, ${hostile.pickeringInstrument}`);
    expect(summaries).toContain(`Council, ${hostile.ajaxInstrument}`);
  });

  it('keeps every JSON file valid, and the hostile text as written', () => {
    for (const file of filesIn(dist, '.json')) {
      expect(() => JSON.parse(readFileSync(file, 'utf8')), relative(dist, file)).not.toThrow();
    }
    const endorsements = JSON.parse(read('data/registry.json')).endorsements as Record<string, unknown>[];
    // The content layer already hands the lone surrogate over as U+FFFD.
    expect(endorsements.find((e) => e.id === 'cyber-standard/ajax/adopted/1.0')).toMatchObject({
      instrument: hostile.ajaxInstrument,
      notes: hostile.ajaxNotes.toWellFormed(),
    });
  });

  it('keeps every badge well-formed SVG, the hostile region name readable in its title', () => {
    const badges = filesIn(dist, '.svg').filter((file) => file.endsWith('badge.svg'));
    expect(badges.length).toBeGreaterThan(0);
    for (const file of badges) {
      const xml = readFileSync(file, 'utf8');
      expect(XMLValidator.validate(xml), relative(dist, file)).toBe(true);
      expect(forbiddenXmlCharacters(xml), relative(dist, file)).toEqual([]);
    }
    const title = new XMLParser({ htmlEntities: true }).parse(read('municipalities/ajax/badge.svg')).svg
      .title;
    expect(title).toContain('Shoreline & <Coalition> ]]> ');
  });

  it("escapes the hostile title in a municipality's decisions list and its oEmbed answer", () => {
    const html = read('municipalities/ajax/embed.html');
    expect(html).not.toContain('<Coalition>');
    expect(html).toContain('>=HYPERLINK("http://evil","x") Fixture Cybersecurity Standard</a>');
    const answer = JSON.parse(read('municipalities/ajax/oembed.json'));
    expect(answer.html).toContain('Shoreline &amp; &lt;Coalition&gt; ]]&gt; ');
    expect(answer.html).not.toContain('<Coalition>');
  });

  it('writes Word documents that open, with the hostile text as words', async () => {
    const { value } = await mammoth.extractRawText({
      path: join(dist, 'policies/cyber-standard/council-package.docx'),
    });
    expect(value).toContain(hostile.title);
    expect(value).toContain('+1 controls page two,   start of heading,   null, ]]> <b>bold</b> & more\uFFFD');
  });
});

describe('JSON writing', () => {
  it('writes a lone surrogate and every control character as an escape, and reads them back', () => {
    // As /data/*.json are written (src/pages/data/[file].ts).
    const value = { notes: `a\uD800b\uDFFFc 😀 \u0000\u000C\u001F\u2028 ]]> </script>` };
    const text = JSON.stringify(value, null, 1);
    expect(text).toContain('a\\ud800b\\udfffc 😀 \\u0000\\f\\u001f');
    expect(text.isWellFormed()).toBe(true);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('CSV writing', () => {
  it('prefixes a text that a spreadsheet would run with a quote, and quotes by RFC 4180', () => {
    const rows = [
      { id: 'a', text: '=1+1', count: 2, open: true },
      { id: 'b', text: '+1', count: -3, open: false },
      { id: 'c', text: '-x', count: 0, open: true },
      { id: 'd', text: '@SUM(A1)', count: 1, open: true },
      { id: 'e', text: '\tTab', count: 1, open: true },
      { id: 'f', text: '\rCR', count: 1, open: true },
      { id: 'g', text: 'He said "yes", then\nleft', count: 1, open: true },
      { id: 'h', text: 'a = b', count: 1, open: true },
      { id: 'i', text: 'line\rbreak', count: 1, open: true },
    ];
    expect(toCsv(['id', 'text', 'count', 'open'], rows)).toBe(
      [
        'id,text,count,open',
        "a,'=1+1,2,true",
        "b,'+1,-3,false",
        "c,'-x,0,true",
        "d,'@SUM(A1),1,true",
        "e,'\tTab,1,true",
        'f,"\'\rCR",1,true',
        'g,"He said ""yes"", then\nleft",1,true',
        'h,a = b,1,true',
        'i,"line\rbreak",1,true',
        '',
      ].join('\r\n'),
    );
  });

  it('writes a missing value as an empty field', () => {
    expect(toCsv(['id', 'notes'], [{ id: 'a', notes: undefined }])).toBe('id,notes\r\na,\r\n');
  });
});

describe('XML escaping', () => {
  it('replaces the C0 controls XML forbids with a space, and keeps tab, line feed and carriage return', () => {
    expect(xmlCharacters('a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\tg\nh\ri')).toBe('a b c d e f\tg\nh\ri');
  });

  it('replaces U+FFFE, U+FFFF and lone surrogates with U+FFFD, and keeps surrogate pairs', () => {
    expect(xmlCharacters('\uFFFE\uFFFF\uD800x\uDC00 😀')).toBe('\uFFFD\uFFFD\uFFFDx\uFFFD 😀');
  });

  it('escapes markup in text, so that ]]> cannot end anything', () => {
    expect(xmlText('a < b & c > d ]]> "e"\r')).toBe('a &lt; b &amp; c &gt; d ]]&gt; "e"&#13;');
  });

  it('escapes quotes and keeps whitespace in attributes', () => {
    expect(xmlAttribute('https://x.example/?a=1&b="2"\t\n')).toBe(
      'https://x.example/?a=1&amp;b=&quot;2&quot;&#9;&#10;',
    );
  });

  it('makes any string a well-formed element and attribute that parses back to its XML-safe text', () => {
    const everything =
      Array.from({ length: 0x80 }, (_, i) => String.fromCharCode(i)).join('') + '\uD800\uFFFF';
    const xml = `<a b="${xmlAttribute(everything)}">${xmlText(everything)}</a>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(forbiddenXmlCharacters(xml)).toEqual([]);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      trimValues: false,
      parseTagValue: false,
      parseAttributeValue: false,
      htmlEntities: true,
    }).parse(xml).a;
    expect(parsed['#text']).toBe(xmlCharacters(everything));
    expect(parsed['@_b']).toBe(xmlCharacters(everything));
  });
});
