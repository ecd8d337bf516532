/** Policy texts rendered and compared as an English page would, for tests of the renderer. */
import { comparisonHtml } from '../../src/text/compare-html.ts';
import { compareTexts, type Comparison } from '../../src/text/compare.ts';
import { comparableText } from '../../src/text/text-blocks.ts';
import { renderText, type RenderedText, type RenderOptions } from '../../src/text/render.ts';

export function renderForTest(body: string, options: Partial<RenderOptions> = {}): RenderedText {
  return renderText(body, {
    file: 'text.mdx',
    lang: 'en',
    callout: { note: 'Note', warning: 'Warning' },
    linkTo: (id) => `#${id}`,
    linkLabel: 'Link',
    imageExists: () => false,
    imageUrl: (name) => name,
    ...options,
  });
}

/** Two texts compared as the comparison page compares them, with its HTML in English. */
export function compareForTest(before: string, after: string): Comparison & { html: string } {
  const options = {
    lang: 'en',
    callout: { note: 'Note', warning: 'Warning' },
    imageUrl: (name: string) => name,
  };
  const comparison = compareTexts(comparableText(before, options), comparableText(after, options));
  const html = comparisonHtml(comparison.tree, { inserted: 'inserted', deleted: 'deleted', end: 'end' });
  return { ...comparison, html };
}
