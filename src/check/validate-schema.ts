import type { z } from 'astro/zod';
import type { Problems } from './problems.ts';
import type { SourceFile } from './source.ts';
import { didYouMean } from './suggest.ts';

/** Validates a file's data against its schema, reporting every issue at its field. */
export function validateSchema<T>(
  schema: z.ZodType<T>,
  source: SourceFile,
  problems: Problems,
): T | undefined {
  const result = schema.safeParse(source.data ?? {});
  if (result.success) return result.data;
  const shape = objectKeys(schema);
  for (const issue of result.error.issues) {
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const known = path.length === 0 ? shape : [];
        problems.error(
          source,
          [...path, key],
          `unknown field${didYouMean(key, known)}; remove it or fix its name`,
        );
      }
    } else if (issue.code === 'invalid_type' && valueAt(source.data, path) === undefined) {
      problems.error(source, path, 'is required');
    } else {
      problems.error(source, path, issue.message);
    }
  }
  return undefined;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const part of path) value = (value as Record<string | number, unknown> | undefined)?.[part];
  return value;
}

function objectKeys(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}
