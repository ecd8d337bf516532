import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
  type IRunOptions,
  type NumberingDefinition,
  type ParagraphChild,
} from 'docx';
import type { Nodes, PhrasingContent, RootContent, Table as MdTable } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { isContentElement } from '../../text/content-components.ts';
import { xmlCharacters } from '../xml.ts';
import type { TextTree } from '../../text/parse.ts';

/**
 * A policy text as Word paragraphs and tables, made from the one syntax tree
 * (src/text/parse.ts) the pages are rendered from: headings, numbered clauses, tables,
 * definitions and callouts as the page shows them. Only what the page renders is written:
 * MDX expressions, raw HTML and elements off the allowlist become nothing, as in
 * src/text/to-hast.ts. Nothing in the text is ever compiled or run.
 */
export interface WordTextOptions {
  /** "Note", "Warning", in the document's language. */
  callout: Record<'note' | 'warning', string>;
  /** A link in the text as a full address (a relative one points into the registry). */
  href(url: string): string;
  /** Levels to move the text's headings down by, under a document's own (1 in the council package). */
  headingShift?: number;
}

export interface WordText {
  blocks: (Paragraph | Table)[];
  /** The numbering definitions the text's lists use, for the document's `numbering` option. */
  numbering: NumberingDefinition[];
}

type Run = Omit<IRunOptions, 'text' | 'children'>;
type Block = Paragraph | Table;

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

/** Nine levels, as Word has, indented a step each; numbered `1.`, or bulleted. */
function levels(format: 'decimal' | 'bullet', start: number): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: format === 'decimal' ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: format === 'decimal' ? `%${level + 1}.` : '•',
    start,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

export function wordText(tree: TextTree, options: WordTextOptions): WordText {
  const definitions = new Map<string, string>();
  const footnotes: { id: string; children: RootContent[] }[] = [];
  for (const node of tree.children) {
    if (node.type === 'definition') definitions.set(node.identifier.toUpperCase(), node.url);
    if (node.type === 'footnoteDefinition') footnotes.push({ id: node.identifier, children: node.children });
  }
  const footnoteNumber = new Map(footnotes.map((note, i) => [note.id.toUpperCase(), i + 1]));
  const numbering = new Map<string, NumberingDefinition>();
  let instances = 0;

  const text = (value: string, run: Run): TextRun =>
    new TextRun({ ...run, text: xmlCharacters(value).replace(/\s*\n\s*/g, ' ') });

  function inline(nodes: PhrasingContent[] | Nodes[], run: Run): ParagraphChild[] {
    return (nodes as Nodes[]).flatMap((node): ParagraphChild[] => {
      switch (node.type) {
        case 'text':
          return [text(node.value, run)];
        case 'strong':
          return inline(node.children, { ...run, bold: true });
        case 'emphasis':
          return inline(node.children, { ...run, italics: true });
        case 'delete':
          return inline(node.children, { ...run, strike: true });
        case 'inlineCode':
          return [text(node.value, { ...run, font: 'Consolas' })];
        case 'break':
          return [new TextRun({ ...run, break: 1 })];
        case 'link':
          return [link(node.url, inline(node.children, { ...run, style: 'Hyperlink' }))];
        case 'linkReference': {
          const url = definitions.get(node.identifier.toUpperCase());
          const children = inline(node.children, url ? { ...run, style: 'Hyperlink' } : run);
          return url ? [link(url, children)] : children;
        }
        case 'image':
        case 'imageReference':
          // The picture is on the page; the document says what it shows.
          return node.alt ? [text(`[${node.alt}]`, { ...run, italics: true })] : [];
        case 'footnoteReference': {
          const n = footnoteNumber.get(node.identifier.toUpperCase());
          return n ? [text(String(n), { ...run, superScript: true })] : [];
        }
        case 'mdxJsxTextElement':
          return element(node, run);
        default:
          return [];
      }
    });
  }

  function link(url: string, children: ParagraphChild[]): ParagraphChild {
    return new ExternalHyperlink({ link: options.href(url), children });
  }

  function element(node: MdxJsxTextElement, run: Run): ParagraphChild[] {
    if (!node.name || !isContentElement(node.name)) return [];
    switch (node.name) {
      case 'sub':
        return inline(node.children, { ...run, subScript: true });
      case 'sup':
        return inline(node.children, { ...run, superScript: true });
      case 'br':
        return [new TextRun({ ...run, break: 1 })];
      default:
        return inline(node.children, run);
    }
  }

  /** Where a block stands: in a list (its numbering), indented (quotes, definitions), shaded (callouts). */
  interface Place {
    list?: { reference: string; level: number; instance: number };
    indent: number;
    callout?: boolean;
    style?: string;
  }

  function paragraph(children: ParagraphChild[], place: Place, first = true): Paragraph {
    return new Paragraph({
      children,
      style: place.style,
      ...(place.list && first
        ? { numbering: place.list }
        : place.list
          ? { indent: { left: 720 * (place.list.level + 1) } }
          : place.indent
            ? { indent: { left: 720 * place.indent } }
            : {}),
      ...(place.callout
        ? {
            border: { left: { style: BorderStyle.SINGLE, size: 18, color: '7A7A7A', space: 8 } },
            shading: { fill: 'F2F2F2' },
          }
        : {}),
    });
  }

  function blocks(nodes: RootContent[], place: Place): Block[] {
    const out: Block[] = [];
    // Only the first paragraph of a list item carries its number; the next ones are indented under it.
    let first = true;
    const push = (block: Block) => {
      out.push(block);
      if (block instanceof Paragraph) first = false;
    };
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          push(
            new Paragraph({
              heading: HEADINGS[Math.min(node.depth + (options.headingShift ?? 0), 6) - 1],
              children: inline(node.children, {}),
            }),
          );
          break;
        case 'paragraph':
          push(paragraph(inline(node.children, {}), place, first));
          break;
        case 'list': {
          const level = place.list ? place.list.level + 1 : 0;
          const start = node.ordered ? (node.start ?? 1) : 0;
          const reference = node.ordered ? `ordered-${start}` : 'bullets';
          if (!numbering.has(reference))
            numbering.set(reference, {
              reference,
              levels: levels(node.ordered ? 'decimal' : 'bullet', start || 1),
            });
          const instance = ++instances;
          for (const item of node.children) {
            for (const block of blocks(item.children, {
              indent: place.indent,
              callout: place.callout,
              list: { reference, level: Math.min(level, 8), instance },
            }))
              push(block);
          }
          break;
        }
        case 'blockquote':
          for (const block of blocks(node.children, { ...place, indent: place.indent + 1 })) push(block);
          break;
        case 'code':
          for (const line of node.value.split('\n'))
            push(paragraph([text(line, { font: 'Consolas' })], { indent: place.indent + 1 }));
          break;
        case 'thematicBreak':
          push(
            new Paragraph({
              children: [],
              border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } },
            }),
          );
          break;
        case 'table':
          push(table(node));
          break;
        case 'mdxJsxFlowElement':
          for (const block of flowElement(node, place)) push(block);
          break;
        default:
          // Definitions and footnote definitions are gathered above; expressions, ESM and raw HTML are never written.
          break;
      }
    }
    return out;
  }

  function flowElement(node: MdxJsxFlowElement, place: Place): Block[] {
    if (!node.name || !isContentElement(node.name)) return [];
    const attribute = (name: string) => {
      const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
      return typeof found?.value === 'string' ? found.value : undefined;
    };
    switch (node.name) {
      case 'Callout': {
        const kind = attribute('kind') === 'warning' ? 'warning' : 'note';
        return [
          paragraph([text(options.callout[kind], { bold: true })], {
            ...place,
            callout: true,
            list: undefined,
          }),
          ...blocks(node.children, { ...place, callout: true }),
        ];
      }
      case 'Definition':
        // As the page's glossary entry: the term, then its definition indented under it.
        return [
          paragraph([text(attribute('term') ?? '', { bold: true })], { ...place, list: undefined }),
          ...blocks(node.children, { ...place, list: undefined, indent: place.indent + 1 }),
        ];
      case 'Clause':
        return blocks(node.children, place);
      default:
        // An inline element standing on its own lines: a paragraph of it.
        return [paragraph(element(node as unknown as MdxJsxTextElement, {}), place)];
    }
  }

  function table(node: MdTable): Table {
    const columns = Math.max(1, ...node.children.map((row) => row.children.length));
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: node.children.map(
        (row, r) =>
          new TableRow({
            ...(r === 0 ? { tableHeader: true } : {}),
            children: Array.from({ length: columns }, (_, c) => {
              const cell = row.children[c];
              const align = node.align?.[c];
              return new TableCell({
                children: [
                  new Paragraph({
                    alignment:
                      align === 'right'
                        ? AlignmentType.RIGHT
                        : align === 'center'
                          ? AlignmentType.CENTER
                          : AlignmentType.LEFT,
                    children: cell ? inline(cell.children, r === 0 ? { bold: true } : {}) : [],
                  }),
                ],
              });
            }),
          }),
      ),
    });
  }

  const body = blocks(tree.children, { indent: 0 });
  // Footnotes at the end, numbered as their references, as the page lists them.
  for (const [i, note] of footnotes.entries()) {
    const [head, ...rest] = note.children;
    if (head?.type === 'paragraph')
      body.push(new Paragraph({ children: [text(`${i + 1}. `, {}), ...inline(head.children, {})] }));
    else
      body.push(
        new Paragraph({ children: [text(`${i + 1}.`, {})] }),
        ...blocks(head ? [head] : [], { indent: 0 }),
      );
    body.push(...blocks(rest, { indent: 1 }));
  }
  return { blocks: body, numbering: [...numbering.values()] };
}
