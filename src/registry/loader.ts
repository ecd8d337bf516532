import { relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { withDecisionFiles } from '../check/decisions.ts';
import { readContent, type SourceFile } from '../check/source.ts';
import { contentDir } from '../lib/content-dir.ts';
import { takeCheckedContent } from './checked-content.ts';

/**
 * Astro's content collections, read by the registry's own reader: the one the content
 * check uses (src/check/source.ts). The build and `npm run check` therefore see the
 * same files and the same data, read by the same YAML parser and frontmatter split; no
 * text is handed to an MDX compiler, and none becomes a JavaScript module. Pages render
 * texts from their files (src/text/render.ts).
 *
 * The five collections share one read of the content folder per change: a national registry
 * has 17,000 texts, and each collection reading them all would be five reads.
 */
type Kind = SourceFile['kind'];

let generation = 0;
let cached: { generation: number; dir: string; files: SourceFile[] } | undefined;
let watching = false;

function filesOf(kind: Kind): SourceFile[] {
  const dir = contentDir();
  if (!cached || cached.generation !== generation || cached.dir !== dir) {
    // The files the check read, on the first load of a build (checked-content.ts). A policy's
    // decision files are part of its endorsements (src/check/decisions.ts).
    const files = takeCheckedContent(dir) ?? readContent(dir).files;
    cached = { generation, dir, files: withDecisionFiles(files) };
  }
  return cached.files.filter((file) => file.kind === kind && !file.parseError);
}

/** The id of an entry: the file name, or `<slug>/<version>` for a frozen version. */
function idOf(file: SourceFile): string {
  return file.kind === 'version' ? `${file.id}/${file.fileVersion}` : file.id;
}

export function registryLoader(kind: Kind): Loader {
  const load = async ({ store, parseData, generateDigest }: LoaderContext) => {
    store.clear();
    for (const file of filesOf(kind)) {
      const id = idOf(file);
      const data = await parseData({
        id,
        data: file.data as Record<string, unknown>,
        filePath: file.absolutePath,
      });
      store.set({
        id,
        data,
        filePath: relative(process.cwd(), file.absolutePath),
        // The digest covers the body too, so that `astro dev` refreshes a page whose text changed.
        digest: generateDigest({ data: file.data as Record<string, unknown>, body: file.body }),
      });
    }
  };
  return {
    name: `common-ground:${kind}`,
    load: async (context) => {
      await load(context);
      const { watcher } = context;
      if (!watcher) return;
      const dir = contentDir();
      if (!watching) {
        // Registered once, before any collection's own listener: every change is one new read.
        watching = true;
        watcher.on('all', (_event, path) => {
          if (path.startsWith(dir)) generation++;
        });
      }
      watcher.add(dir);
      watcher.on('all', (_event, path) => {
        if (path.startsWith(dir)) void load(context);
      });
    },
  };
}
