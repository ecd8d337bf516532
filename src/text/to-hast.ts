import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { isContentElement } from './content-components.ts';
import { contentElement, type ElementLabels } from './elements.ts';
import { imageFileName } from './images.ts';
import type { TextTree } from './parse.ts';

export interface HastOptions extends ElementLabels {
  /** The address a picture in the policy folder is published at. */
  imageUrl(name: string): string;
}

/**
 * A judged text tree as an HTML tree, with mdast-util-to-hast (GFM tables, lists, footnotes
 * as remark-rehype renders them). Only the allowlisted elements become HTML; anything else
 * the judge refused becomes nothing here, so that even a tree that was never judged cannot
 * put code on a page.
 */
export function textToHast(tree: TextTree, options: HastOptions): HastRoot {
  const element: Handler = (state: State, node: Nodes) => {
    const jsx = node as MdxJsxFlowElement | MdxJsxTextElement;
    if (!jsx.name || !isContentElement(jsx.name)) return undefined;
    const attributes: Record<string, string> = {};
    for (const attribute of jsx.attributes) {
      if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string')
        attributes[attribute.name] = attribute.value;
    }
    const children = state.all(node) as ElementContent[];
    const result = contentElement(
      jsx.name,
      attributes,
      jsx.type === 'mdxJsxFlowElement' ? state.wrap(children, true) : children,
      options,
    );
    state.patch(node, result);
    return result;
  };
  const image: Handler = (state, node) => {
    const url =
      node.type === 'image' ? node.url : state.definitionById.get(node.identifier.toUpperCase())?.url;
    const name = url === undefined ? undefined : imageFileName(url);
    if (!name) return undefined;
    const result: Element = {
      type: 'element',
      tagName: 'img',
      properties: { src: options.imageUrl(name), alt: node.alt ?? '', loading: 'lazy' },
      children: [],
    };
    state.patch(node, result);
    return result;
  };
  const nothing: Handler = () => undefined;
  return toHast(tree, {
    handlers: {
      mdxJsxFlowElement: element,
      mdxJsxTextElement: element,
      image,
      imageReference: image,
      mdxjsEsm: nothing,
      mdxFlowExpression: nothing,
      mdxTextExpression: nothing,
      html: nothing,
    },
    unknownHandler: nothing,
  }) as HastRoot;
}
