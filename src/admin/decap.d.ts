// decap-cms-locales ships no types: each locale is an object of interface phrases.
declare module 'decap-cms-locales' {
  export const fr: Record<string, unknown>;
}
// The backends decap-cms-app bundles, exported by their own packages, without types: the
// editor subclasses them (backends.ts), so only their constructors are named here.
declare module 'decap-cms-backend-github' {
  export const GitHubBackend: new (...args: unknown[]) => unknown;
}
declare module 'decap-cms-backend-proxy' {
  export const ProxyBackend: new (...args: unknown[]) => unknown;
}
