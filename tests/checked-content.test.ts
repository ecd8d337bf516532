import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../src/check/source.ts';
import { handOverCheckedContent, takeCheckedContent } from '../src/registry/checked-content.ts';

describe('the checked content handed to the loader', () => {
  const files = [{ kind: 'topic', id: 'privacy' }] as unknown as SourceFile[];

  it('is taken once, for the folder it was read from', () => {
    handOverCheckedContent('/registry/content', files);
    expect(takeCheckedContent('/registry/other')).toBeUndefined();
    handOverCheckedContent('/registry/content', files);
    expect(takeCheckedContent('/registry/content/')).toBe(files);
    // A second load (a file changed under astro dev) reads the folder again.
    expect(takeCheckedContent('/registry/content')).toBeUndefined();
  });
});
