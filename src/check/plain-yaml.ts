import { isAlias, isMap, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';

/**
 * YAML as content files use it: plain data written by hand, one mapping of fields. The YAML
 * language has more (tags that construct objects, anchors and aliases that repeat data from
 * elsewhere, several documents in one file, directives that change how values read); none
 * of it belongs in a registry file, where every value must be written where it is read, and
 * some of it is an attack (an alias "billion laughs" expands to gigabytes). Each is refused
 * with one message at its line.
 */
export interface PlainYaml {
  doc: Document;
  lineCounter: LineCounter;
  /** The first thing that is not plain data, at its offset in the YAML text. */
  problem?: { message: string; offset: number };
}

/** Parses `yamlText`, flagging anything that is not one plain mapping of fields. */
export function parsePlainYaml(yamlText: string): PlainYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    // Plain YAML 1.2 values only: no `!!binary`, `!!set` or `!!timestamp` objects, no `<<` merges.
    schema: 'core',
    resolveKnownTags: false,
    merge: false,
  });
  return { doc, lineCounter, problem: firstProblem(doc, yamlText) };
}

function firstProblem(doc: Document, yamlText: string): PlainYaml['problem'] {
  const error = doc.errors[0];
  if (error) {
    // Where the parser ran out of stack depends on the machine: point at the start instead.
    const overflow = error.message.includes('call stack');
    return { message: syntaxMessage(error.code, error.message), offset: overflow ? 0 : error.pos[0] };
  }
  const handles = Object.keys(doc.directives?.tags ?? {}).filter((handle) => handle !== '!!');
  if (doc.directives?.yaml.explicit || handles.length) {
    return {
      message:
        'uses a YAML directive (a line starting with "%"): content files are plain YAML; remove the line',
      offset: 0,
    };
  }
  let problem: PlainYaml['problem'];
  visit(doc, {
    Node(_key, node) {
      const offset = node.range?.[0] ?? 0;
      // A node's range starts at its value; point at the anchor or tag before it instead.
      const at = (written: string) => {
        const found = yamlText.lastIndexOf(written, offset);
        return found >= 0 && !yamlText.slice(found, offset).includes('\n') ? found : offset;
      };
      if (isAlias(node)) {
        problem = {
          message: `uses the YAML alias *${node.source}: write the value out in full where it belongs (content is read by people, and an alias hides what it repeats)`,
          offset,
        };
      } else if (node.anchor) {
        problem = {
          message: `defines the YAML anchor &${node.anchor}: content files are plain data; remove "&${node.anchor}" and write each value out where it belongs`,
          offset: at(`&${node.anchor}`),
        };
      } else if (node.tag) {
        const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
        problem = {
          message: `uses the YAML tag ${tag}: content files are plain data, with no tags; remove "${tag}" (quote the value if it must stay text)`,
          offset: at(tag),
        };
      }
      return problem ? visit.BREAK : undefined;
    },
  });
  if (problem) return problem;
  if (doc.contents && !isMap(doc.contents)) {
    return {
      message: `holds ${isSeq(doc.contents) ? 'a list' : 'a single value'}, not fields: write one field per line, as "name: value"`,
      offset: doc.contents.range?.[0] ?? 0,
    };
  }
  return undefined;
}

function syntaxMessage(code: string, message: string): string {
  if (code === 'MULTIPLE_DOCS')
    return 'holds more than one YAML document (a "---" or "..." line in the middle): a content file is one set of fields; remove the line or split the file';
  if (code === 'DUPLICATE_KEY')
    return 'repeats a field: each field appears once; keep one and remove the other';
  if (message.includes('call stack'))
    return 'nests lists or fields too deeply to read: content files hold a few levels at most';
  return `is not valid YAML: ${message.split('\n')[0]}`;
}
