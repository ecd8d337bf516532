import {
  Document,
  Footer,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
  type NumberingDefinition,
  type Table,
} from 'docx';
import settings from 'virtual:common-ground/settings';
import { useTranslations, type Lang } from '../../i18n/index.ts';
import { xmlCharacters } from '../xml.ts';

/**
 * A Word document of the registry's: a title, its paragraphs, and on every page a footer with
 * the permanent address of the text and its hash, as the printed council package has (a page
 * copied out of the document still says which words it is). Written with the `docx` package at
 * build time; nothing in a text reaches Word but its words.
 */
export interface WordDocument {
  title: string;
  /** The language of the words around the text (labels, footer). */
  lang: Lang;
  blocks: (Paragraph | Table)[];
  numbering?: NumberingDefinition[];
  /** The permanent address of the text in the document and its hash. */
  footer: { url: string; hash: string };
}

export { DOCX_TYPE } from './document-type.ts';

export const plain = (value: string) => new TextRun(xmlCharacters(value));

export function heading(text: string, level: 1 | 2 | 3 = 1): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 };
  return new Paragraph({ heading: levels[level], children: [plain(text)] });
}

export function para(...runs: (string | TextRun)[]): Paragraph {
  return new Paragraph({ children: runs.map((run) => (typeof run === 'string' ? plain(run) : run)) });
}

export async function wordFile(document: WordDocument): Promise<ArrayBuffer> {
  const t = useTranslations(document.lang);
  const small = (value: string) => new TextRun({ text: xmlCharacters(value), size: 16 });
  const doc = new Document({
    title: xmlCharacters(document.title),
    creator: xmlCharacters(settings.title),
    // Fixed, so that the same text gives the same file in every build.
    revision: 1,
    numbering: { config: document.numbering ?? [] },
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [small(`${t('word.label', { label: t('word.address') })} ${document.footer.url}`)],
              }),
              new Paragraph({
                children: [
                  small(`${t('word.label', { label: t('field.textHash') })} ${document.footer.hash}`),
                ],
              }),
            ],
          }),
        },
        children: document.blocks,
      },
    ],
  });
  return Packer.toArrayBuffer(doc);
}
