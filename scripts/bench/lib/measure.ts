/**
 * Runs a command as the bench measures it: wall time, every output line with the moment it
 * arrived (Astro's own timestamps are whole seconds), and the memory of the process tree.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { watchMemory, type MemoryReport } from './memory.ts';

export interface TimedLine {
  /** Milliseconds since the command started. */
  ms: number;
  text: string;
}

export interface MeasuredRun {
  code: number | null;
  ms: number;
  lines: TimedLine[];
  memory: MemoryReport;
}

export interface MeasureOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Where the whole output goes, as printed. */
  logFile: string;
  /** Print a line per this many lines of output, so that a long run shows it is alive. */
  echo?: (line: string) => void;
}

const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

export function measure(command: string, args: string[], options: MeasureOptions): Promise<MeasuredRun> {
  const started = performance.now();
  const log = createWriteStream(options.logFile);
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...(options.env ?? process.env), NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const memory = watchMemory(child.pid!);
  const lines: TimedLine[] = [];
  const reader = () => {
    let rest = '';
    return (chunk: Buffer) => {
      log.write(chunk);
      const ms = performance.now() - started;
      const parts = (rest + chunk.toString('utf8')).split('\n');
      rest = parts.pop()!;
      for (const part of parts) {
        const text = part.replace(ANSI, '').trimEnd();
        lines.push({ ms, text });
        options.echo?.(text);
      }
    };
  };
  child.stdout.on('data', reader());
  child.stderr.on('data', reader());
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const report = memory.stop();
      log.end();
      resolve({ code, ms: performance.now() - started, lines, memory: report });
    });
  });
}
