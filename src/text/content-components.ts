/**
 * The registry's allowlist of MDX elements: the only components and HTML elements a content
 * file may use, with the only attributes each takes. Everything not listed here is refused
 * by the content check (src/check/rules/mdx-safety.ts) and by the renderer. The
 * content-format reference for editors is generated from this list, and
 * src/text/elements.ts renders the elements in it.
 */

export interface ContentAttribute {
  /** What the attribute means, for editors. */
  doc: string;
  required?: boolean;
  /** The only values it takes, when it is a choice. */
  values?: readonly string[];
  /** A kebab-case identifier, unique within the document (a clause's permanent anchor). */
  uniqueId?: boolean;
}

export interface ContentElement {
  /** What the element is for, for editors. */
  doc: string;
  /**
   * A block element holds paragraphs and must stand on its own lines; rendered inside a
   * paragraph, its box would break the page's HTML.
   */
  block: boolean;
  attributes: Readonly<Record<string, ContentAttribute>>;
  /** How an editor writes it. */
  example: string;
}

export const contentElements = {
  Callout: {
    doc: 'A note or a warning set apart from the text, e.g. a transition period or a legal caution. It is part of the signed text.',
    block: true,
    attributes: {
      kind: { doc: '`note` (the default) or `warning`.', values: ['note', 'warning'] },
    },
    example:
      '<Callout kind="warning">\nMunicipalities that share a records system adopt the same retention period.\n</Callout>',
  },
  Definition: {
    doc: 'The definition of a term the policy uses, shown as a glossary entry.',
    block: true,
    attributes: {
      term: { doc: 'The term being defined, as written in the text.', required: true },
    },
    example:
      '<Definition term="Personal information">\nRecorded information about an identifiable individual.\n</Definition>',
  },
  Clause: {
    doc: 'A numbered or named provision with a permanent anchor, so that council reports can cite it: `/policies/<slug>/#clause-<id>`.',
    block: true,
    attributes: {
      id: {
        doc: 'The clause identifier: kebab-case (e.g. `retention-period`), unique in the document, and permanent once published.',
        required: true,
        uniqueId: true,
      },
    },
    example:
      '<Clause id="retention-period">\nRecords are kept for seven years, then disposed of securely.\n</Clause>',
  },
  abbr: {
    doc: 'An abbreviation with its expansion, e.g. an MRC.',
    block: false,
    attributes: { title: { doc: 'The expansion of the abbreviation.', required: true } },
    example: '<abbr title="Municipalité régionale de comté">MRC</abbr>',
  },
  sub: {
    doc: 'Subscript text, e.g. CO<sub>2</sub>.',
    block: false,
    attributes: {},
    example: 'CO<sub>2</sub>',
  },
  sup: {
    doc: 'Superscript text, e.g. m<sup>2</sup>.',
    block: false,
    attributes: {},
    example: '100 m<sup>2</sup>',
  },
  br: {
    doc: 'A line break inside a paragraph, e.g. in an address. Write it `<br />`.',
    block: false,
    attributes: {},
    example: 'City Hall<br />1 Main Street',
  },
} as const satisfies Record<string, ContentElement>;

export type ContentElementName = keyof typeof contentElements;

export function isContentElement(name: string): name is ContentElementName {
  return Object.hasOwn(contentElements, name);
}

/** The HTML id a clause gets on the page; prefixed so that it never collides with the page's own ids. */
export function clauseAnchor(id: string): string {
  return `clause-${id}`;
}
