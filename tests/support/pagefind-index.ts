import { expect } from 'vitest';
import { startLanguageIndexes } from '../../src/search/build/language-indexes.ts';

/**
 * The Pagefind index the build would write for these pages (language, address, HTML), built
 * in at most `limit` Pagefind processes, as file path → base64 content: two indexes are the
 * same when their maps are.
 */
export async function pagefindIndex(
  pages: readonly (readonly [lang: string, url: string, html: string])[],
  limit = 2,
): Promise<Map<string, string>> {
  const indexes = startLanguageIndexes(limit);
  try {
    const errors = await Promise.all(pages.map(([lang, url, html]) => indexes.add(lang, url, html)));
    expect(errors.flat()).toEqual([]);
    const built = await indexes.files();
    expect(built.errors).toEqual([]);
    return new Map(built.files.map((file) => [file.path, Buffer.from(file.content).toString('base64')]));
  } finally {
    await indexes.close();
  }
}
