/**
 * The JSON as a `<script type="application/ld+json">` may hold it: `<` written as `\u003c`,
 * so no title or summary can close the element (the JSON means the same).
 */
export function scriptJson(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
