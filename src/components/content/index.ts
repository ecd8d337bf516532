import type { ContentElementName } from '../../lib/content-components.ts';
import Callout from './Callout.astro';
import Clause from './Clause.astro';
import Definition from './Definition.astro';

/**
 * The registry's MDX components, for `<Content components={contentComponents} />`. The
 * allowlist in src/lib/content-components.ts names them; lowercase elements there are plain
 * HTML and need no component.
 */
export const contentComponents = { Callout, Clause, Definition } satisfies Partial<
  Record<ContentElementName, unknown>
>;
