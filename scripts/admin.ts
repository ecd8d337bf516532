#!/usr/bin/env node
/**
 * npm run admin — the editor on this machine, with no account: `astro dev` (the site, and the
 * editor at http://127.0.0.1:4321/admin/) and Decap's local git proxy, decap-server in
 * MODE=git, listening on 127.0.0.1 only. Each change saved in the editor becomes a branch
 * `cms/…` of this repository (Decap's editorial workflow); publishing merges it into the
 * current branch. Stop both with Ctrl-C.
 *
 * Environment: COMMON_GROUND_EDITOR_PORT (decap-server's port, 8081 by default).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.COMMON_GROUND_EDITOR_PORT ?? '8081';
const children: ChildProcess[] = [];

function run(name: string, script: string, args: string[], env: Record<string, string> = {}): void {
  const child = spawn(process.execPath, [resolve(root, script), ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  child.on('exit', (code) => {
    console.error(`${name} stopped${code ? ` (exit code ${code})` : ''}; stopping the other.`);
    stop(code ?? 0);
  });
  children.push(child);
}

function stop(code: number): void {
  for (const child of children) if (child.exitCode === null) child.kill();
  process.exitCode = code;
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

run('decap-server', 'node_modules/decap-server/dist/index.js', [], {
  MODE: 'git',
  BIND_HOST: '127.0.0.1',
  PORT: port,
  GIT_REPO_DIRECTORY: root,
});
run('astro dev', 'node_modules/astro/bin/astro.mjs', ['dev', '--host', '127.0.0.1'], {
  COMMON_GROUND_EDITOR_PORT: port,
});
console.log('The editor: http://127.0.0.1:4321/admin/ (French: /fr/admin/). Ctrl-C stops it.');
