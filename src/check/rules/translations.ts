import { compareVersions } from '../../lib/versions.ts';
import type { Problems } from '../problems.ts';
import type { RegistrySources } from '../registry-sources.ts';

/**
 * A translation says the same thing in the other language. One in the same language is a
 * mistake; one a version behind its original is normal for a while, and flagged so that
 * someone catches it up.
 */
export function checkTranslations(sources: RegistrySources, problems: Problems): void {
  for (const { source, data } of sources.policies.values()) {
    const original = data.translationOf ? sources.policies.get(data.translationOf) : undefined;
    if (!original) continue;
    if (original.data.translationOf) {
      // A guideline is one original and its translations: a chain would have no original.
      problems.error(
        source,
        ['translationOf'],
        `"${data.translationOf}" is itself a translation of "${original.data.translationOf}": name the original, "${original.data.translationOf}"`,
      );
    } else if (original.data.lang === data.lang) {
      problems.error(
        source,
        ['lang'],
        `is "${data.lang}", the same language as "${data.translationOf}", which it translates; a translation is in the other language`,
      );
    } else if (compareVersions(data.version, original.data.version) < 0) {
      problems.warning(
        source,
        ['version'],
        `this translation is at version ${data.version} but "${data.translationOf}" is at version ${original.data.version}: translate the changes and publish them as version ${original.data.version}`,
      );
    }
  }
}
