import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  decisionSchema,
  municipalitySchema,
  policySchema,
  policyVersionSchema,
  regionSchema,
  topicSchema,
} from '../schemas/index.ts';
import type { Gazetteer } from '../registry/gazetteer/gazetteer.ts';
import { reviewDate } from '../lib/review-date.ts';
import { Problems, type Problem } from './problems.ts';
import type { Checked, RegistrySources } from './registry-sources.ts';
import { mergeDecisionFiles } from './decisions.ts';
import { checkAdaptations } from './rules/adaptations.ts';
import { checkEndorsements } from './rules/endorsements.ts';
import { checkOcdIds } from './rules/gazetteer.ts';
import {
  checkFileNames,
  checkFormerSlugs,
  checkUniqueOcdIds,
  checkVersionFiles,
} from './rules/identifiers.ts';
import { checkReferences } from './rules/references.ts';
import { checkReviews } from './rules/reviews.ts';
import { checkStatuses } from './rules/statuses.ts';
import { checkTextHashes } from './rules/text-hash.ts';
import { checkTranslations } from './rules/translations.ts';
import { checkMdxSafety } from './rules/mdx-safety.ts';
import { checkInvisibleSpaces } from './rules/invisible-spaces.ts';
import { readContent, type ContentOverlay, type SourceFile } from './source.ts';
import { validateSchema } from './validate-schema.ts';

export { formatProblem, type Problem } from './problems.ts';
export type { ContentOverlay } from './source.ts';

export interface CheckResult {
  problems: Problem[];
  errors: Problem[];
  sources: RegistrySources;
  /** Every file read, as read: the build's loader takes them (src/registry/checked-content.ts). */
  files: SourceFile[];
}

const schemas = {
  topic: topicSchema,
  municipality: municipalitySchema,
  region: regionSchema,
  policy: policySchema,
  version: policyVersionSchema,
  decision: decisionSchema,
} as const;

/**
 * Checks the whole of a content folder against every rule of DESIGN.md, without building
 * anything. The build runs it before Astro compiles a page, and `npm run check` runs it
 * alone; both print the same lines. An overlay checks the registry as it would be after an
 * edit, without writing it. `today` judges the review cycles' warnings (default: the
 * build's date, or COMMON_GROUND_TODAY).
 */
export function checkContent(
  contentDir: string,
  gazetteer: Gazetteer,
  { overlay, today = reviewDate() }: { overlay?: ContentOverlay; today?: string } = {},
): CheckResult {
  const problems = new Problems();
  if (!existsSync(join(contentDir, 'policies'))) {
    const folder = strayFile(contentDir);
    problems.error(
      folder,
      [],
      'does not exist or has no policies/ folder: point COMMON_GROUND_CONTENT (or npm run check -- <folder>) at a registry content folder',
    );
  }
  const { files, strays, pathProblems } = readContent(contentDir, overlay);
  for (const { severity, absolutePath, message } of pathProblems) {
    problems[severity](strayFile(absolutePath), [], message);
  }
  for (const path of strays) {
    problems.error(
      strayFile(path),
      [],
      'is not a file the registry reads: content holds topics/<id>.yaml, municipalities/<id>.yaml, regions/<id>.yaml, policies/<slug>/index.mdx, policies/<slug>/versions/<version>.mdx and policies/<slug>/decisions/<date>-<municipality>-<action>.yaml',
    );
  }
  checkFileNames(files, problems);

  const sources: RegistrySources = {
    topics: new Map(),
    municipalities: new Map(),
    regions: new Map(),
    policies: new Map(),
    versions: new Map(),
    decisions: new Map(),
    present: { topic: new Set(), municipality: new Set(), region: new Set(), policy: new Set() },
  };
  for (const file of files)
    if (file.kind !== 'version' && file.kind !== 'decision') sources.present[file.kind].add(file.id);
  for (const source of files) {
    if (source.parseError) {
      const { message, line, column } = source.parseError;
      problems.list.push({ severity: 'error', file: source.displayPath, line, column, field: '', message });
      continue;
    }
    const data = validated(source, problems);
    if (data === undefined) continue;
    const entry = { source, data } as Checked<never>;
    if (source.kind === 'version') {
      const list = sources.versions.get(source.id) ?? [];
      sources.versions.set(source.id, [...list, entry]);
    } else if (source.kind === 'decision') {
      sources.decisions.set(source.id, [...(sources.decisions.get(source.id) ?? []), entry]);
    } else {
      const collection = {
        topic: sources.topics,
        municipality: sources.municipalities,
        region: sources.regions,
        policy: sources.policies,
      }[source.kind];
      if (!collection.has(source.id)) collection.set(source.id, entry);
    }
  }

  mergeDecisionFiles(sources, problems);
  checkUniqueOcdIds(sources, problems);
  checkVersionFiles(sources, problems);
  checkFormerSlugs(sources, problems);
  checkOcdIds(sources, gazetteer, problems);
  checkReferences(sources, problems);
  checkStatuses(sources, problems);
  checkReviews(sources, problems, today);
  checkEndorsements(sources, problems);
  checkTextHashes(sources, problems);
  checkTranslations(sources, problems);
  checkAdaptations(sources, problems);
  checkMdxSafety(files, problems);
  checkInvisibleSpaces(files, problems);

  return { problems: problems.list, errors: problems.errors, sources, files };
}

/**
 * A file's data checked against its schema. Defence in depth: whatever odd data a file holds,
 * it ends as a problem naming that file, never as an exception that stops the check.
 */
function validated(source: SourceFile, problems: Problems): unknown {
  try {
    return validateSchema<unknown>(schemas[source.kind], source, problems);
  } catch (error) {
    problems.error(source, [], `could not be checked: ${(error as Error).message}`);
    return undefined;
  }
}

function strayFile(path: string): SourceFile {
  const displayPath = relative(process.cwd(), path) || path;
  return {
    kind: 'topic',
    id: '',
    absolutePath: path,
    displayPath,
    data: undefined,
    body: '',
    locate: () => ({}),
  };
}
