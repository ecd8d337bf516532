import type { Element, ElementContent } from 'hast';
import { clauseAnchor, type ContentElementName } from './content-components.ts';

/**
 * The HTML of the registry's own elements (src/text/content-components.ts), as syntax-tree
 * nodes. They are built here rather than by Astro components because a text is data: its
 * tree is turned into HTML by one serialiser, and no component code runs per text. Their
 * styles are in src/styles/text.css.
 */
export interface ElementLabels {
  /** The page's language, for the labels the site writes into a text. */
  lang: string;
  /** "Note", "Warning": said in words, as the colour shows it. */
  callout: Record<'note' | 'warning', string>;
}

const h = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

export function contentElement(
  name: ContentElementName,
  attributes: Record<string, string>,
  children: ElementContent[],
  labels: ElementLabels,
): Element {
  switch (name) {
    case 'Clause':
      return h(
        'div',
        { className: ['clause'], id: clauseAnchor(attributes.id!), dataClause: attributes.id },
        children,
      );
    case 'Callout': {
      const kind = attributes.kind === 'warning' ? 'warning' : 'note';
      // The label carries the page's language, which the text around it may not share.
      const label = h('p', { className: ['callout-label'], lang: labels.lang }, [
        h('strong', {}, [{ type: 'text', value: labels.callout[kind] }]),
      ]);
      return h('aside', { className: ['callout', kind] }, [label, ...children]);
    }
    case 'Definition':
      return h('dl', { className: ['definition'] }, [
        h('dt', {}, [h('dfn', {}, [{ type: 'text', value: attributes.term ?? '' }])]),
        h('dd', {}, children),
      ]);
    case 'abbr':
      return h('abbr', { title: attributes.title }, children);
    case 'sub':
    case 'sup':
      return h(name, {}, children);
    case 'br':
      return h('br', {}, []);
  }
}
