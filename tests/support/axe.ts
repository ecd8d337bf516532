/**
 * Runs axe-core accessibility checks inside a Playwright page.
 *
 * axe is read from node_modules and injected as inline script text: there is
 * no network for a CDN here, and a pinned local copy keeps results stable.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { Result, RunOptions } from 'axe-core';

export type AxeViolation = Result;

// The WCAG 2.2 AA target as axe tags it: each tag holds only the rules new at
// that level/version, so all of them are needed for the cumulative set.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Read once per test worker; the file is ~650 kB.
let axeSource: Promise<string> | undefined;
function loadAxeSource(): Promise<string> {
  const require = createRequire(import.meta.url);
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

export async function checkA11y(page: Page): Promise<AxeViolation[]> {
  // Injected on demand, since each navigation discards the previous document's axe.
  if (!(await hasAxe(page))) {
    const hint =
      "axe-core could not be injected. A Content-Security-Policy without 'unsafe-inline' " +
      'is the usual cause: create the browser context with { bypassCSP: true }.';
    try {
      await page.addScriptTag({ content: await loadAxeSource() });
    } catch (error) {
      throw new Error(`${hint}\n${String(error)}`, { cause: error });
    }
    // Guard against a script that was dropped without an error being raised.
    if (!(await hasAxe(page))) throw new Error(hint);
  }
  const options: RunOptions = {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'], // skip collecting passes: faster, and unused
  };
  return page.evaluate(async (opts) => {
    const { axe } = window as unknown as {
      axe: { run(context: Document, options: unknown): Promise<{ violations: unknown }> };
    };
    return (await axe.run(document, opts)).violations;
  }, options) as Promise<AxeViolation[]>;
}

// Checks for axe.run, not just `window.axe`: an element with id="axe" also creates window.axe.
function hasAxe(page: Page): Promise<boolean> {
  return page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
}

/** Renders violations as a readable assertion message; "" when there are none. */
export function formatViolations(violations: readonly AxeViolation[], maxNodes = 3): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, maxNodes).map((n) => {
        const html = n.html.replace(/\s+/g, ' ').slice(0, 200);
        // One entry per frame level; nested arrays are shadow-DOM hops.
        const target = n.target
          .map((t) => (Array.isArray(t) ? t.flat(Infinity).join(' >>> ') : t))
          .join(' | ');
        return `    - ${target}\n      ${html}`;
      });
      const more = v.nodes.length > maxNodes ? [`    … and ${v.nodes.length - maxNodes} more`] : [];
      return [`[${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})`, ...nodes, ...more].join('\n');
    })
    .join('\n\n');
}
