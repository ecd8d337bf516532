import type { Lang } from '../../i18n/index.ts';
import { packageRecipients } from '../../council-package/council-package.ts';
import type { PolicyView, Registry } from '../../registry/index.ts';
import { urlsFor } from '../../lib/urls.ts';
import { packageContext } from '../../council-package/package-wording.ts';
import { packagePassages, packageSummary } from './council-package.ts';
import type { MemberPackages } from './passages.ts';

/**
 * The council package written for each member with something to sign, as a Word file: the
 * generic package's file and each member's passages (`members.json`), put together in the
 * reader's browser when they ask (./browser/fill-package.ts). The build writes one small file
 * per guideline and language where it wrote a Word file per member: at 1,000 policies 9,902
 * files fewer, each 7 ms.
 */
export function memberPackages(
  page: PolicyView,
  registry: Registry,
  lang: Lang,
  site: URL | undefined,
): MemberPackages {
  const context = packageContext(page, registry, lang, site);
  const summary = packageSummary(page, lang);
  return {
    template: urlsFor(lang).councilPackageWord(page.slug),
    members: packageRecipients(page, registry, lang).map((member) => ({
      id: member.municipality.id,
      file: `${page.slug}-council-package-${member.municipality.id}.docx`,
      passages: packagePassages(context, summary, member),
    })),
  };
}
