import { idSchema } from '../../../schemas/index.ts';
import { contentElements, isContentElement, type ContentElement } from '../../content-components.ts';
import {
  compiledMdxText,
  parseMdx,
  walk,
  type MdxAttribute,
  type MdxNode,
  type Point,
} from '../../mdx-tree.ts';
import type { Problems } from '../problems.ts';
import type { SourceFile } from '../source.ts';
import { didYouMean } from '../suggest.ts';
import { reportSyntaxError } from './mdx-syntax-errors.ts';

/**
 * MDX in content/ is content, not code. MDX compiles to JavaScript that runs on the build
 * machine, and its output runs in readers' browsers, so a pull request that edits a policy
 * could otherwise execute anything. Every construct that is code is refused, with its line:
 * imports and exports, expressions in braces, elements and attributes outside the
 * registry's allowlist (src/lib/content-components.ts), and `javascript:`, `vbscript:` and
 * `data:` URLs.
 */
export function checkMdxSafety(files: SourceFile[], problems: Problems): void {
  for (const source of files) {
    if (source.text === undefined) continue;
    const text = compiledMdxText(source.text);
    if (!mayHoldMdxSyntax(text)) continue;
    const parsed = parseMdx(text);
    if ('error' in parsed) reportSyntaxError(source, text, parsed.error, problems);
    else checkTree(source, parsed.tree, problems);
  }
}

/**
 * Parsing is the slow part of the check (milliseconds a page). A text with none of these
 * characters cannot hold an element, an expression, an import or export, an entity that
 * could spell out a URL scheme, or an unsafe URL, so it is safe without being parsed.
 */
export function mayHoldMdxSyntax(body: string): boolean {
  return /[<{]|&(?:#|[a-z][a-z0-9]*;)|^[ \t]*(?:import|export)\b|(?:script|data)\s*:/im.test(body);
}

const allowedNames = Object.keys(contentElements);
const allowedList = allowedNames.map((name) => `<${name}>`).join(', ');

/** Elements that are refused with a reason of their own, beyond "not in the allowlist". */
const refusedElements: Record<string, string> = {
  script: 'scripts cannot run from content; remove the element',
  style: 'content cannot carry styles of its own; remove the element (the site styles the text)',
  iframe: 'content cannot embed other sites; remove it and link to the page instead: [title](https://…)',
  frame: 'content cannot embed other sites; remove it and link to the page instead: [title](https://…)',
  object: 'content cannot embed other files or sites; remove it and link to them instead',
  embed: 'content cannot embed other files or sites; remove it and link to them instead',
  a: 'write a link as [text](https://…)',
  img: 'images are not part of the signed text; remove it',
};

function checkTree(source: SourceFile, tree: MdxNode, problems: Problems): void {
  const clauseIds = new Map<string, number | undefined>();
  const at = (node: { position?: { start: Point } }) => node.position?.start ?? {};
  for (const node of walk(tree)) {
    switch (node.type) {
      case 'mdxjsEsm': {
        const keyword = /^\s*(import|export)\b/.exec(String(node.value))?.[1] ?? 'import/export';
        problems.errorAt(
          source,
          at(node),
          keyword,
          'imports and exports are JavaScript, which content cannot contain; remove the line (reword a sentence that starts with the word)',
        );
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.errorAt(
          source,
          at(node),
          '{…}',
          'is a JavaScript expression, which content cannot contain (comments in braces too); remove it, or write \\{ for a brace',
        );
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const scheme = unsafeScheme(node.url ?? '');
        if (scheme) problems.errorAt(source, at(node), `${scheme}: URL`, unsafeUrlMessage(scheme, node.type));
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(source, node, clauseIds, problems);
        break;
    }
  }
}

function checkElement(
  source: SourceFile,
  node: MdxNode,
  clauseIds: Map<string, number | undefined>,
  problems: Problems,
): void {
  const place: { line?: number; column?: number } = node.position?.start ?? {};
  const name = node.name;
  if (name === null || name === undefined) {
    problems.errorAt(source, place, '<>', 'fragments are JavaScript syntax; remove <> and </>');
    return;
  }
  if (!isContentElement(name)) {
    const refusal = refusedElements[name.toLowerCase()];
    problems.errorAt(
      source,
      place,
      `<${name}>`,
      refusal ??
        `is not an element the registry allows${didYouMean(name, allowedNames)}; content may use ${allowedList} (see docs/content-format.md)`,
    );
    // Still name the attributes that are code, so that every technique shows up at once.
    for (const attribute of node.attributes ?? []) checkCodeInAttribute(source, name, attribute, problems);
    return;
  }
  const element: ContentElement = contentElements[name];
  if (element.block && node.type === 'mdxJsxTextElement') {
    problems.errorAt(
      source,
      place,
      `<${name}>`,
      `must stand on its own lines: a blank line, then <${name} …> alone on a line, its text, and </${name}> alone on a line`,
    );
  }
  const written = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.name) written.add(attribute.name);
    if (checkCodeInAttribute(source, name, attribute, problems)) continue;
    const attributeName = attribute.name!;
    const what = `<${name} ${attributeName}>`;
    const spec = Object.hasOwn(element.attributes, attributeName)
      ? element.attributes[attributeName]
      : undefined;
    const attributePlace: { line?: number; column?: number } = attribute.position?.start ?? place;
    if (!spec) {
      const takes = Object.keys(element.attributes);
      problems.errorAt(
        source,
        attributePlace,
        what,
        `is not an attribute of <${name}>${didYouMean(attributeName, takes)}; it takes ${takes.length ? takes.join(', ') : 'none'}`,
      );
      continue;
    }
    const value = attribute.value;
    if (typeof value !== 'string') {
      problems.errorAt(source, attributePlace, what, `needs a value in quotes, e.g. ${attributeName}="…"`);
    } else if (spec.values && !spec.values.includes(value)) {
      problems.errorAt(source, attributePlace, what, `must be one of ${spec.values.join(', ')}`);
    } else if (spec.uniqueId) {
      if (!idSchema.safeParse(value).success) {
        problems.errorAt(
          source,
          attributePlace,
          what,
          `"${value}" must be kebab-case (lowercase letters, digits, single hyphens), e.g. "retention-period"`,
        );
      } else if (clauseIds.has(value)) {
        const line = clauseIds.get(value);
        problems.errorAt(
          source,
          attributePlace,
          what,
          `"${value}" is already the id of the clause on line ${line}; each clause id is unique in the document`,
        );
      } else clauseIds.set(value, attributePlace.line);
    }
  }
  for (const [attributeName, spec] of Object.entries(element.attributes)) {
    if (spec.required && !written.has(attributeName)) {
      problems.errorAt(source, place, `<${name}>`, `needs ${attributeName}="…": ${spec.doc}`);
    }
  }
}

/**
 * Reports an attribute that is code: a spread, a value in braces, an event handler, or an
 * unsafe URL. Returns whether it did, so that the attribute is not reported twice.
 */
function checkCodeInAttribute(
  source: SourceFile,
  element: string,
  attribute: MdxAttribute,
  problems: Problems,
): boolean {
  const place = attribute.position?.start ?? {};
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    problems.errorAt(
      source,
      place,
      `<${element} {…}>`,
      'spread attributes are JavaScript; write each attribute as name="text"',
    );
    return true;
  }
  const name = attribute.name ?? '';
  const what = `<${element} ${name}>`;
  if (/^on/i.test(name)) {
    problems.errorAt(
      source,
      place,
      what,
      "event-handler attributes run code in the reader's browser; remove it",
    );
    return true;
  }
  if (attribute.value !== null && typeof attribute.value === 'object') {
    problems.errorAt(
      source,
      place,
      what,
      `values in braces are JavaScript; write plain text in quotes, e.g. ${name}="…"`,
    );
    return true;
  }
  const scheme = typeof attribute.value === 'string' ? unsafeScheme(attribute.value) : undefined;
  if (scheme && !isContentElement(element)) {
    // Allowlisted attributes are plain text, never URLs; an unknown element's may be one.
    problems.errorAt(source, place, `${scheme}: URL`, unsafeUrlMessage(scheme, 'attribute'));
    return true;
  }
  return false;
}

/**
 * The scheme of a URL that would run or smuggle code. Browsers ignore white space and
 * control characters in a scheme and read it in any case, so this does too.
 */
function unsafeScheme(url: string): string | undefined {
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
