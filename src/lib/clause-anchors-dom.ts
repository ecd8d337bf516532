import { parse, type HTMLElement } from 'node-html-parser';
import { clauseLabel, clauseLink, headingLabel, unique, type AnchoredText } from './clause-label.ts';
import { slugify } from './slug.ts';

/**
 * Clause anchoring on a parsed tree (node-html-parser): handles any HTML. It defines the
 * output; clause-anchors-scan.ts gives the same, faster, for the HTML a policy text renders
 * to, and hands anything else here.
 */
export function anchorParsedHtml(
  html: string,
  linkTo: (id: string) => string,
  linkLabel: string,
): AnchoredText {
  const root = parse(html);
  const elements = root.querySelectorAll('h2, h3, h4, h5, h6, ol > li, [data-clause]');
  // Ids the renderer made from positions or numbers are dropped; ids written in the source
  // (a <Clause id="…">, rendered with data-clause) are reserved first, so that a generated id
  // never takes one.
  for (const element of elements) if (!element.hasAttribute('data-clause')) element.removeAttribute('id');
  const used = new Set(root.querySelectorAll('[id]').map((element) => element.id));
  const clauses: AnchoredText['clauses'] = [];

  for (const element of elements) {
    const label = labelOf(element);
    const id = element.hasAttribute('data-clause') ? element.id : unique(slugify(label) || 'clause', used);
    used.add(id);
    element.setAttribute('id', id);
    clauses.push({ id, label });
    const link = clauseLink(linkTo(id), linkLabel, label);
    if (!/^H\d$/.test(element.tagName)) element.insertAdjacentHTML('afterbegin', link);
    else element.insertAdjacentHTML('beforeend', link);
  }
  return { html: root.toString(), clauses };
}

function labelOf(element: HTMLElement): string {
  if (/^H\d$/.test(element.tagName)) return headingLabel(element.textContent);
  const first = element.childNodes.find((node) => node.textContent.trim() !== '');
  const leadIn =
    first instanceof Object && (first as HTMLElement).tagName === 'STRONG' ? first.textContent : undefined;
  const paragraph = element.querySelector('p')?.firstChild;
  const strongInParagraph =
    paragraph && (paragraph as HTMLElement).tagName === 'STRONG' ? paragraph.textContent : undefined;
  return clauseLabel(leadIn, strongInParagraph, element.textContent);
}
