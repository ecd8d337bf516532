/** A policy text rendered as an English page would render it, for tests of the renderer. */
import { renderText, type RenderedText, type RenderOptions } from '../../src/lib/text/render.ts';

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
