export * from './primitives.ts';
export * from './topic.ts';
export * from './municipality.ts';
export * from './region.ts';
export * from './endorsement.ts';
export * from './policy.ts';
export * from './version.ts';
