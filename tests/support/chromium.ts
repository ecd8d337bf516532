/**
 * Finds a Chromium binary and launches it headless for browser tests.
 *
 * This environment has no network beyond the npm registry, so Playwright's
 * own browser download cannot be used. Resolution order:
 *   1. $CHROMIUM_PATH          – explicit override (CI images, local installs)
 *   2. /usr/bin/chromium       – Debian's `apt-get install chromium`
 *   3. @sparticuz/chromium     – a Chromium shipped inside an npm package,
 *                                decompressed into the OS temp dir on first use
 * A missing browser is a thrown error, never a skipped test: a silently
 * skipped browser suite would look green while testing nothing.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser } from 'playwright-core';

export interface ResolvedChromium {
  executablePath: string;
  args: string[];
  source: 'CHROMIUM_PATH' | '/usr/bin/chromium' | '@sparticuz/chromium';
}

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

// Without the background-networking/component/sync flags Chromium tries to
// reach Google services at startup; here that means stalls and log noise.
// --no-sandbox: containers and CI usually lack the namespaces it needs.
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// @sparticuz/chromium's recommended args target AWS Lambda. These are
// dropped (matched by prefix) because they would hurt tests here:
const DROPPED_SPARTICUZ_ARGS = [
  // Playwright adds its own --headless; theirs is Puppeteer-style.
  '--headless',
  // One renderer crash would kill the whole browser and every context.
  '--single-process',
  // Chromium keeps only the last --disable/enable-features, so these would
  // silently replace Playwright's list (which also blocks startup network calls).
  '--disable-features=',
  '--enable-features=',
  // Tests must see the same CORS / mixed-content / isolation rules as visitors.
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--disable-site-isolation-trials',
];

const MISSING_BROWSER_HELP = `No Chromium browser found for browser tests. Provide one of:
  1. CHROMIUM_PATH=/path/to/chromium (environment variable), or
  2. /usr/bin/chromium (Debian: apt-get install chromium), or
  3. the npm devDependency @sparticuz/chromium (npm install; it ships a
     Chromium that is decompressed to ${tmpdir()} on first use).`;

// Cache the promise, not the value, so parallel callers in one worker share
// a single resolution (and a single decompression).
let cached: Promise<ResolvedChromium> | undefined;

export function resolveChromium(): Promise<ResolvedChromium> {
  cached ??= resolveUncached().catch((error: unknown) => {
    cached = undefined; // let a later call retry after the cause is fixed
    throw error;
  });
  return cached;
}

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args, source } = await resolveChromium();
  try {
    return await chromium.launch({ executablePath, args, headless: true });
  } catch (error) {
    throw new Error(`Could not launch Chromium from ${source} (${executablePath}).`, {
      cause: error,
    });
  }
}

async function resolveUncached(): Promise<ResolvedChromium> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    // An explicit choice that is wrong should fail loudly, not fall back.
    if (!existsSync(fromEnv)) {
      throw new Error(
        `CHROMIUM_PATH is set to "${fromEnv}" but no file exists there.\n\n${MISSING_BROWSER_HELP}`,
      );
    }
    return { executablePath: fromEnv, args: BASE_ARGS, source: 'CHROMIUM_PATH' };
  }
  if (existsSync(SYSTEM_CHROMIUM)) {
    return { executablePath: SYSTEM_CHROMIUM, args: BASE_ARGS, source: '/usr/bin/chromium' };
  }
  return resolveSparticuz();
}

async function resolveSparticuz(): Promise<ResolvedChromium> {
  let sparticuz: typeof import('@sparticuz/chromium').default;
  try {
    sparticuz = (await import('@sparticuz/chromium')).default;
  } catch (error) {
    throw new Error(MISSING_BROWSER_HELP, { cause: error });
  }
  // WebGL is not needed and --disable-gpu is set; this swaps the SwiftShader
  // flags in `args` for --disable-webgl so the two don't contradict.
  sparticuz.setGraphicsMode = false;

  let executablePath: string;
  try {
    executablePath = await extractOnce(() => sparticuz.executablePath());
  } catch (error) {
    throw new Error(`@sparticuz/chromium failed to decompress its browser.\n\n${MISSING_BROWSER_HELP}`, {
      cause: error,
    });
  }
  const extra = sparticuz.args.filter(
    (arg) => !DROPPED_SPARTICUZ_ARGS.some((prefix) => arg.startsWith(prefix)) && !BASE_ARGS.includes(arg),
  );
  return { executablePath, args: [...BASE_ARGS, ...extra], source: '@sparticuz/chromium' };
}

/**
 * @sparticuz/chromium decompresses to <tmpdir>/chromium and treats "the file
 * exists" as "done". Vitest runs test files in parallel processes, so a second
 * worker could launch a half-written binary, and an interrupted run would
 * leave a truncated one forever. A cross-process lock serialises extraction
 * and a marker (holding the finished size) detects leftovers.
 */
async function extractOnce(extract: () => Promise<string>): Promise<string> {
  const lockDir = join(tmpdir(), 'chromium.common-ground.lock');
  const marker = join(tmpdir(), 'chromium.common-ground.size');
  const binary = join(tmpdir(), 'chromium'); // sparticuz's fixed output path

  await acquireLock(lockDir);
  try {
    if (existsSync(binary) && !(await markerMatches(marker, binary))) {
      await rm(binary, { force: true }); // unverified leftover: re-extract
    }
    const path = await extract();
    await writeFile(marker, String((await stat(path)).size));
    return path;
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

async function markerMatches(marker: string, binary: string): Promise<boolean> {
  const expected = await readFile(marker, 'utf8').catch(() => '');
  return expected !== '' && expected === String((await stat(binary)).size);
}

// mkdir is atomic, so it works as a lock across processes without packages.
async function acquireLock(lockDir: string): Promise<void> {
  const STALE_MS = 120_000; // extraction takes seconds; older means a killed process
  for (;;) {
    try {
      await mkdir(lockDir);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const since = await stat(lockDir).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    if (since > STALE_MS) await rm(lockDir, { recursive: true, force: true });
    else await sleep(100);
  }
}
