/**
 * The content format's schemas. Each field's `.describe()` is its documentation: the JSON
 * Schemas in schemas/ and on the site, and docs/content-format.md, are generated from it
 * (npm run schemas), so that editors and the build read the same rules.
 */
export * from './primitives.ts';
export * from './topic.ts';
export * from './municipality.ts';
export * from './region.ts';
export * from './endorsement.ts';
export * from './policy.ts';
export * from './version.ts';
export * from './decision.ts';
