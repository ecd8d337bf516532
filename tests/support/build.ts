/**
 * Builds a registry with the real `astro build`, as `npm run build` does, but from any
 * content folder and into its own output folder, so that tests can build fixture
 * registries side by side.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const outputRoot = resolve(projectRoot, 'tests/.output');

/**
 * The day the fixture registry's review cycles are judged on (COMMON_GROUND_TODAY, see
 * src/lib/review-date.ts): cyber-standard's review (2027-01-15) is overdue on it,
 * data-principles' (2027-06-01) falls due within 90 days, open-data-standard's (2028-09-01) later.
 */
export const FIXTURE_TODAY = '2027-04-01';

/** Policies to a list page in the paged build of the fixture (its 8 listed policies make 3 pages). */
export const PAGED_PER_PAGE = 3;

/**
 * The environment a child Astro process gets: this one without the variables Vitest sets
 * (NODE_ENV=test, VITEST…, and Vite's own BASE_URL, MODE, DEV, PROD, SSR), which would make
 * Astro behave as if it were under test itself, or ignore `--base`.
 */
const VITEST_VARIABLES = /^(NODE_ENV|VITEST.*|BASE_URL|MODE|DEV|PROD|SSR)$/;

export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !VITEST_VARIABLES.test(name)),
  );
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

export interface BuildResult {
  code: number | null;
  /** stdout and stderr, interleaved as printed. */
  output: string;
  outDir: string;
  milliseconds: number;
}

export interface BuildOptions {
  /** The content folder to build. */
  content: string;
  /** A name for this build's output and cache folders under tests/.output/. */
  name: string;
  /** Extra arguments for `astro build`, e.g. `--base /registry/`. */
  args?: string[];
  env?: Record<string, string>;
}

export function buildRegistry({ content, name, args = [], env = {} }: BuildOptions): Promise<BuildResult> {
  const outDir = resolve(outputRoot, name, 'dist');
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [resolve(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir, ...args],
    {
      cwd: projectRoot,
      env: childEnv({
        COMMON_GROUND_CONTENT: resolve(projectRoot, content),
        COMMON_GROUND_CACHE: resolve(outputRoot, name, 'cache'),
        ...env,
      }),
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      resolvePromise({ code, output, outDir, milliseconds: performance.now() - started }),
    );
  });
}
