import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';

/**
 * Where each attribute of an element starts in the text. The parser places elements but not
 * their attributes; an editor needs the column of the attribute that is wrong. The opening
 * tag is read again, attribute by attribute, in the order the parser found them.
 */
export function attributeOffsets(
  source: string,
  elementOffset: number,
  attributes: readonly (MdxJsxAttribute | MdxJsxExpressionAttribute)[],
): (number | undefined)[] {
  let at = elementOffset + 1;
  while (at < source.length && /[^\s/>{]/.test(source[at]!)) at++; // the element's name
  const skipSpace = () => {
    while (at < source.length && /\s/.test(source[at]!)) at++;
  };
  const skipBraces = () => {
    let depth = 0;
    do {
      if (source[at] === '{') depth++;
      else if (source[at] === '}') depth--;
      at++;
    } while (at < source.length && depth > 0);
  };
  return attributes.map((attribute) => {
    skipSpace();
    const start = at;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      if (source[at] !== '{') return undefined;
      skipBraces();
      return start;
    }
    if (!source.startsWith(attribute.name, at)) return undefined;
    at += attribute.name.length;
    skipSpace();
    if (source[at] === '=') {
      at++;
      skipSpace();
      const quote = source[at];
      if (quote === '"' || quote === "'") at = source.indexOf(quote, at + 1) + 1 || source.length;
      else if (quote === '{') skipBraces();
    }
    return start;
  });
}
