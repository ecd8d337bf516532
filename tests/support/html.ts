/** Reads pages of a built site as parsed HTML, for assertions on what visitors get. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export function readPage(dist: string, path: string): HTMLElement {
  const file = join(dist, path.replace(/^\//, ''), path.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`No page at ${path} (${file})`);
  // <pre> is parsed like any element (the parser keeps it as raw text by default).
  return parse(readFileSync(file, 'utf8'), { blockTextElements: { script: true, style: true } });
}

/**
 * The text of an element as a reader would see it: block elements apart, white space
 * collapsed. (Astro minifies HTML, so adjacent blocks have no white space between them.)
 */
export function text(element: HTMLElement | null | undefined): string {
  return (element?.structuredText ?? '').replace(/\s+/g, ' ').trim();
}

/** A table's body rows as arrays of cell texts. */
export function tableRows(table: HTMLElement): string[][] {
  return table
    .querySelectorAll('tbody tr')
    .map((row) => row.querySelectorAll('th, td').map((cell) => text(cell)));
}

/** The section a heading opens (its parent element), by the heading's id. */
export function sectionOf(page: HTMLElement, headingId: string): HTMLElement {
  const section = page.querySelector(`#${headingId}`)?.parentNode;
  if (!section) throw new Error(`No section headed #${headingId}`);
  return section;
}
