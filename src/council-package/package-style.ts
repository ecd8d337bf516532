import { createHash } from 'node:crypto';

/**
 * The council package's own CSS, which depends on the page: which member's paragraphs show,
 * and what the printed pages' margins say. Like filter-style.ts, the page inserts its hash
 * with `Astro.csp?.insertStyleHash()` so that the Content-Security-Policy lets it in.
 */
export interface PackageStyle {
  /** The members the package can be written for: the values of its "Prepare it for" radios. */
  members: string[];
  /** The lines at the foot of every printed page: the text's permanent address and its hash. */
  footer: string[];
}

/**
 * Each member's paragraphs (`data-for="<id>"`) show only while its radio is checked, the
 * generic ones (`data-for=""`) only while none is: CSS `:has`, so that choosing works with no
 * JavaScript, on screen and on paper.
 */
function variantRules(members: string[]): string[] {
  const chosen = (id: string) => `:has(input[name="for"][value="${id}"]:checked)`;
  return [
    `.package:has(input[name="for"]:checked:not([value=""])) [data-for=""] { display: none; }`,
    ...members.map((id) => `.package:not(${chosen(id)}) [data-for="${id}"] { display: none; }`),
  ];
}

/** A CSS string: quotes and backslashes escaped, line breaks as `\A`, no `<` to end the style element. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\A ').replace(/</g, '\\3C ')}"`;
}

/**
 * The foot of every printed page, in an @page margin box beside the page number that
 * global.css puts in every page's (Chromium prints them; the tests check it). A browser that
 * does not prints the pages without them; its own "headers and footers" print option then
 * gives the address and the page numbers.
 */
function pageRule(footer: string[]): string {
  return `@page { @bottom-left { content: ${cssString(footer.join('\n'))}; white-space: pre; font: 7.5pt/1.4 system-ui, sans-serif; color: #333; } }`;
}

export function packageStyle({ members, footer }: PackageStyle): string {
  return [...variantRules(members), pageRule(footer)].join('\n');
}

export function packageStyleHash(style: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(style).digest('base64')}`;
}
