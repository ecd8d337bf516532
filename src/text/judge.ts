import type { Nodes } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { idSchema } from '../schemas/primitives.ts';
import { contentElements, isContentElement, type ContentElement } from './content-components.ts';
import { didYouMean } from '../check/suggest.ts';
import type { TextTree } from './parse.ts';
import { attributeOffsets } from './attribute-places.ts';
import { imageProblem } from './images.ts';

/**
 * The safety rules of a policy text, judged on its syntax tree: the one the page is made
 * from. A text is content, never code: what MDX would run (imports, exports, expressions,
 * spreads, event handlers) and what a browser would run or fetch (`javascript:` URLs, remote
 * images, elements outside the registry's allowlist in src/text/content-components.ts) is
 * refused, each with its place. The content check reports these; the renderer refuses to
 * render a tree with any of them, so a text that bypassed the check still runs nothing.
 */
export interface TextProblem {
  line?: number;
  column?: number;
  /** The construct, e.g. `<script>`, `{…}`, `<Clause id>`. */
  field: string;
  message: string;
}

/** What the judge needs to know of the world: whether a policy's own image exists. */
export interface JudgeContext {
  imageExists(name: string): boolean;
}

/**
 * Line and column of offsets in a text, both counted from 1: the line starts are found once,
 * then each offset is a binary search, however many attributes a text holds.
 */
function pointsIn(source: string): (offset: number) => Place {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/** Node types a policy text may hold: Markdown with GFM, and the allowlisted elements. */
const ALLOWED_NODES = new Set([
  'root',
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'code',
  'inlineCode',
  'text',
  'emphasis',
  'strong',
  'delete',
  'break',
  'link',
  'linkReference',
  'definition',
  'image',
  'imageReference',
  'footnoteReference',
  'footnoteDefinition',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
]);

const allowedNames = Object.keys(contentElements);
const allowedList = allowedNames.map((name) => `<${name}>`).join(', ');

/** Elements refused with a reason of their own, beyond "not in the allowlist". */
const refusedElements: Record<string, string> = {
  script: 'scripts cannot run from content; remove the element',
  style: 'content cannot carry styles of its own; remove the element (the site styles the text)',
  iframe: 'content cannot embed other sites; remove it and link to the page instead: [title](https://…)',
  frame: 'content cannot embed other sites; remove it and link to the page instead: [title](https://…)',
  object: 'content cannot embed other files or sites; remove it and link to them instead',
  embed: 'content cannot embed other files or sites; remove it and link to them instead',
  a: 'write a link as [text](https://…)',
  img: 'write an image as ![what it shows](picture.png), with the picture in the policy folder',
};

type Node = Nodes & {
  name?: string | null;
  attributes?: (MdxJsxAttribute | MdxJsxExpressionAttribute)[];
  url?: string;
  value?: string;
};

/**
 * `source` is the text the tree was parsed from, for the places of attributes; `lineOffset`
 * is the number of lines of its file before it.
 */
export function judgeText(
  tree: TextTree,
  source: string,
  context: JudgeContext,
  lineOffset = 0,
): TextProblem[] {
  const problems: TextProblem[] = [];
  const clauseIds = new Map<string, number | undefined>();
  const pointAt = pointsIn(source);
  const definitions = new Map<string, string>();
  const stack: Node[] = [tree as Node];
  const nodes: Node[] = [];
  // Parents before children, in document order, without recursion (depth is bounded, but
  // a stack is cheaper than a call per node).
  while (stack.length) {
    const node = stack.pop()!;
    nodes.push(node);
    // The first definition of a label is the one a reference uses, as the renderer reads it.
    if (node.type === 'definition' && !definitions.has(node.identifier))
      definitions.set(node.identifier, node.url);
    const children = 'children' in node ? (node.children as Node[]) : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  for (const node of nodes) {
    const at: Place = { line: node.position?.start.line, column: node.position?.start.column };
    const report: Report = (field, message, place = at) =>
      void problems.push({
        line: place.line === undefined ? undefined : place.line + lineOffset,
        column: place.column,
        field,
        message,
      });
    if (!ALLOWED_NODES.has(node.type)) {
      reportUnknown(node, report);
      continue;
    }
    switch (node.type) {
      case 'link':
      case 'definition': {
        const scheme = unsafeScheme(node.url ?? '');
        if (scheme) report(`${scheme}: URL`, unsafeUrlMessage(scheme, node.type));
        break;
      }
      case 'image':
      case 'imageReference': {
        const url = node.type === 'image' ? node.url : definitions.get(node.identifier);
        const scheme = unsafeScheme(url ?? '');
        if (scheme) report(`${scheme}: URL`, unsafeUrlMessage(scheme, 'image'));
        else {
          const problem = imageProblem(url, node.alt ?? '', context);
          if (problem) report('image', problem);
        }
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        judgeElement(node, attributePlaces(source, pointAt, node, at), clauseIds, report, lineOffset);
        break;
    }
  }
  return problems;
}

type Place = { line?: number; column?: number };
type Report = (field: string, message: string, place?: Place) => void;

function reportUnknown(node: Node, report: Report): void {
  if (node.type === 'mdxjsEsm') {
    const keyword = /^\s*(import|export)\b/.exec(String(node.value))?.[1] ?? 'import/export';
    report(
      keyword,
      'a line starting with "import" or "export" is read as JavaScript, which content cannot contain; remove it, or reword the line (e.g. "Imports are…")',
    );
  } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
    report(
      '{…}',
      'is a JavaScript expression, which content cannot contain (comments in braces too); remove it, or write \\{ for a brace',
    );
  } else if (node.type === 'html') {
    report(
      'HTML',
      'raw HTML cannot be used in a policy text; write Markdown, or one of the elements in docs/content-format.md',
    );
  } else {
    report(node.type, `is not part of a policy text's format; remove it (see docs/content-format.md)`);
  }
}

function attributePlaces(
  source: string,
  pointAt: (offset: number) => Place,
  node: Node,
  fallback: Place,
): Place[] {
  const offset = node.position?.start.offset;
  const attributes = node.attributes ?? [];
  if (offset === undefined) return attributes.map(() => fallback);
  return attributeOffsets(source, offset, attributes).map((at) =>
    at === undefined ? fallback : pointAt(at),
  );
}

function judgeElement(
  node: Node,
  places: Place[],
  clauseIds: Map<string, number | undefined>,
  report: Report,
  lineOffset: number,
): void {
  const name = node.name;
  if (name === null || name === undefined) {
    report('<>', 'fragments are JavaScript syntax; remove <> and </>');
    return;
  }
  if (!isContentElement(name)) {
    report(
      `<${name}>`,
      refusedElements[name.toLowerCase()] ??
        `is not an element the registry allows${didYouMean(name, allowedNames)}; content may use ${allowedList} (see docs/content-format.md)`,
    );
    // Still name the attributes that are code, so that every technique shows up at once.
    (node.attributes ?? []).forEach((attribute, i) => codeInAttribute(name, attribute, places[i]!, report));
    return;
  }
  const element: ContentElement = contentElements[name];
  if (element.block && node.type === 'mdxJsxTextElement') {
    report(
      `<${name}>`,
      `must stand on its own lines: a blank line, then <${name} …> alone on a line, its text, and </${name}> alone on a line`,
    );
  }
  const written = new Set<string>();
  for (const [i, attribute] of (node.attributes ?? []).entries()) {
    const place = places[i]!;
    if (attribute.type === 'mdxJsxAttribute') written.add(attribute.name);
    if (codeInAttribute(name, attribute, place, report)) continue;
    const { name: attributeName, value } = attribute as MdxJsxAttribute;
    const what = `<${name} ${attributeName}>`;
    const spec = Object.hasOwn(element.attributes, attributeName)
      ? (element.attributes as ContentElement['attributes'])[attributeName]
      : undefined;
    if (!spec) {
      const takes = Object.keys(element.attributes);
      report(
        what,
        `is not an attribute of <${name}>${didYouMean(attributeName, takes)}; it takes ${takes.length ? takes.join(', ') : 'none'}`,
        place,
      );
    } else if (typeof value !== 'string') {
      report(what, `needs a value in quotes, e.g. ${attributeName}="…"`, place);
    } else if (spec.values && !spec.values.includes(value)) {
      report(what, `must be one of ${spec.values.join(', ')}`, place);
    } else if (spec.uniqueId) {
      if (!idSchema.safeParse(value).success) {
        report(
          what,
          `"${value}" must be kebab-case (lowercase letters, digits, single hyphens), e.g. "retention-period"`,
          place,
        );
      } else if (clauseIds.has(value)) {
        report(
          what,
          `"${value}" is already the id of the clause on line ${clauseIds.get(value)}; each clause id is unique in the document`,
          place,
        );
      } else clauseIds.set(value, place.line === undefined ? undefined : place.line + lineOffset);
    }
  }
  for (const [attributeName, spec] of Object.entries(element.attributes as ContentElement['attributes'])) {
    if (spec.required && !written.has(attributeName))
      report(`<${name}>`, `needs ${attributeName}="…": ${spec.doc}`);
  }
}

/**
 * Reports an attribute that is code: a spread, a value in braces, an event handler, or an
 * unsafe URL. Returns whether it did, so that the attribute is not reported twice.
 */
function codeInAttribute(
  element: string,
  attribute: MdxJsxAttribute | MdxJsxExpressionAttribute,
  place: Place,
  report: Report,
): boolean {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    report(
      `<${element} {…}>`,
      'spread attributes are JavaScript; write each attribute as name="text"',
      place,
    );
    return true;
  }
  const what = `<${element} ${attribute.name}>`;
  if (/^on/i.test(attribute.name)) {
    report(what, "event-handler attributes run code in the reader's browser; remove it", place);
    return true;
  }
  if (attribute.value !== null && typeof attribute.value === 'object') {
    report(
      what,
      `values in braces are JavaScript; write plain text in quotes, e.g. ${attribute.name}="…"`,
      place,
    );
    return true;
  }
  const scheme = typeof attribute.value === 'string' ? unsafeScheme(attribute.value) : undefined;
  if (scheme && !isContentElement(element)) {
    // Allowlisted attributes are plain text, never URLs; an unknown element's may be one.
    report(`${scheme}: URL`, unsafeUrlMessage(scheme, 'attribute'), place);
    return true;
  }
  return false;
}

/**
 * The scheme of a URL that would run or smuggle code. Browsers ignore white space and
 * control characters in a scheme and read it in any case, so this does too.
 */
export function unsafeScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const scheme = /^([a-z]+):/.exec(url.replace(/[\u0000-\u0020]/g, '').toLowerCase())?.[1];
  return scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data' ? scheme : undefined;
}

function unsafeUrlMessage(scheme: string, where: string): string {
  const place = where === 'image' ? 'an image' : where === 'attribute' ? 'an attribute' : 'a link';
  return scheme === 'data'
    ? `${place} with a data: URL carries a file inside the text, unreviewed; link to a web page (https://…) instead`
    : `${place} with a ${scheme}: URL runs code in the reader's browser; link to a web page (https://…) instead`;
}
