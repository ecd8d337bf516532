/**
 * The names the editor's backends (backends.ts) are registered under: config.ts names the
 * GitHub one in config.yml, local-mode.ts the proxy. Apart from backends.ts, which imports
 * Decap's browser code, so that the build can generate the config.
 */
export const GITHUB_BACKEND = 'common-ground-github';
export const PROXY_BACKEND = 'common-ground-proxy';
