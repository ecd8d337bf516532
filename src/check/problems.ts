import type { SourceFile } from './source.ts';

/**
 * One broken rule, located well enough for a clerk to fix it: the file, the line and
 * column when known, the field path, and what is wrong or what to do.
 */
export interface Problem {
  severity: 'error' | 'warning';
  /** The file, relative to the working directory. */
  file: string;
  line?: number;
  column?: number;
  /** The field path, e.g. `endorsements[2].municipality`; empty for the file as a whole. */
  field: string;
  message: string;
}

export type FieldPath = readonly (string | number)[];

/** `endorsements[2].municipality` */
export function formatFieldPath(path: FieldPath): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

/** `content/policies/x/index.mdx:14:5: endorsements[2].municipality: unknown municipality "ajaxx"` */
export function formatProblem(problem: Problem): string {
  const place = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(':');
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${place}: ${prefix}${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}

/** Collects problems so that every one is reported at once, not the first alone. */
export class Problems {
  readonly list: Problem[] = [];

  error(source: SourceFile, path: FieldPath, message: string): void {
    this.add('error', source, path, message);
  }

  warning(source: SourceFile, path: FieldPath, message: string): void {
    this.add('warning', source, path, message);
  }

  /**
   * An error at a place the field path cannot name, such as a construct in the MDX text;
   * `what` names the construct where the field would be.
   */
  errorAt(
    source: SourceFile,
    place: { line?: number; column?: number },
    what: string,
    message: string,
  ): void {
    this.list.push({
      severity: 'error',
      file: source.displayPath,
      line: place.line,
      column: place.column,
      field: what,
      message,
    });
  }

  get errors(): Problem[] {
    return this.list.filter((problem) => problem.severity === 'error');
  }

  private add(severity: Problem['severity'], source: SourceFile, path: FieldPath, message: string): void {
    this.list.push({
      severity,
      file: source.displayPath,
      ...source.locate(path),
      field: formatFieldPath(path),
      message,
    });
  }
}
