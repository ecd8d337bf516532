import { z } from 'astro/zod';

/**
 * The building blocks every content type shares. Their messages are written for the
 * clerk who reads them in a build log: say what is wrong and what to write instead.
 */

/** A permanent identifier: it appears in URLs and data exports, so it never changes. */
export const idSchema = z
  .string({ error: 'must be an identifier such as "ajax"' })
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be kebab-case (lowercase letters, digits, single hyphens), e.g. "data-principles"',
  );

/** `YYYY-MM-DD`, written in quotes or not: an unquoted YAML date arrives as a Date. */
const dateText = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'must be a date written YYYY-MM-DD, e.g. "2025-03-04"' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, e.g. "2025-03-04"')
    .refine(isRealDate, 'is not a real calendar date')
    // The JSON Schema's name for a real calendar date, for editors (src/schemas/json-schema.ts).
    .meta({ format: 'date' }),
);

/** Any real calendar date, such as a scheduled review. */
export const dateSchema = dateText;

/** A date that has already happened: a publication or a council decision. */
export const pastDateSchema = dateText.refine(
  (date) => typeof date !== 'string' || date <= today(),
  'is in the future; record a decision or publication only once it has happened',
);

/**
 * A version number `MAJOR.MINOR`, always quoted: YAML reads an unquoted `1.10` as the
 * number 1.1, which would silently point at another version.
 */
export const versionSchema = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number'
        ? `must be quoted, e.g. "${formatNumberAsVersion(issue.input)}" (unquoted, YAML reads it as a number)`
        : 'must be a version such as "1.0"',
  })
  .regex(/^\d+\.\d+$/, 'must be a version MAJOR.MINOR such as "1.0" or "2.1"');

/** A web address, http or https only. */
export const urlSchema = z
  .url({
    protocol: /^https?$/,
    error: 'must be a full web address starting with https://',
  })
  // The protocol check, for editors: JSON Schema's "uri" format allows any scheme.
  .meta({ pattern: '^https?://' });

/**
 * One formatter for every call: creating it is what costs (toLocaleDateString builds a new one
 * each time), and the date check runs for every date of every endorsement, 100,000 at scale.
 */
const torontoDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' });

/** Today's date in the registry's time zone, as `YYYY-MM-DD`. */
export function today(): string {
  return torontoDate.format(new Date());
}

function isRealDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function formatNumberAsVersion(value: number): string {
  return Number.isInteger(value) ? `${value}.0` : String(value);
}
