import { createHash } from 'node:crypto';
import type { Facet } from './facets.ts';

/**
 * The CSS that filters the policies list with no JavaScript (:has on checked radios): each
 * checked value hides the rows that lack it, and the facets combine as an AND.
 */
export function filterStyle(facets: Facet[]): string {
  const rules = facets
    .flatMap(({ name, options }) =>
      options.map(
        ({ value }) =>
          `.policy-browser:has(input[name="${name}"][value="${value}"]:checked) tr[data-policy]:not([data-${name}~="${value}"])`,
      ),
    )
    .join(',\n');
  return `${rules} { display: none; }`;
}

/**
 * The Content-Security-Policy hash of that CSS. It depends on the content, so Astro cannot
 * compute it as it does for component styles: the page inserts it with
 * `Astro.csp?.insertStyleHash()` in its own frontmatter, which runs before the head is
 * written (a component's runs too late).
 */
export function filterStyleHash(facets: Facet[]): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(filterStyle(facets)).digest('base64')}`;
}
