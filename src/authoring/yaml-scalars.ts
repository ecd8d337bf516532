import { isScalar, Scalar, type Document } from 'yaml';

/**
 * A string that YAML must keep a string: versions and dates are written in quotes (an
 * unquoted 1.10 is the number 1.1), in the quote style the file already uses for them.
 * Pure (no file system): the editor in the browser writes frozen versions with it too.
 */
export function quotedScalar(value: string, like?: unknown): Scalar<string> {
  const scalar = new Scalar(value);
  const type = isScalar(like) ? like.type : undefined;
  scalar.type = type === Scalar.QUOTE_SINGLE || type === Scalar.QUOTE_DOUBLE ? type : Scalar.QUOTE_DOUBLE;
  return scalar;
}

/** Replaces a scalar's value, keeping its quote style; adds the key when it is missing. */
export function setScalar(doc: Document, key: string, value: string): void {
  const node = doc.get(key, true);
  if (isScalar(node)) node.value = value;
  else doc.set(key, quotedScalar(value));
}
