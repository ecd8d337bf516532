import { resolve } from 'node:path';

/**
 * Where the registry's content lives: `content/` unless `COMMON_GROUND_CONTENT` names
 * another folder, as the tests do to build fixture registries with the real build.
 */
export function contentDir(): string {
  return resolve(process.env.COMMON_GROUND_CONTENT ?? 'content');
}
