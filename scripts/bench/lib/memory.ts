/**
 * Peak memory of a process and every process it starts (Pagefind's indexer, Chromium's
 * renderers), read from Linux's /proc while they run.
 *
 * Each process's own peak is the kernel's high-water mark (VmHWM), so no spike between two
 * samples is missed. The peak of the whole tree is the largest sum of resident sizes seen at
 * one sample: processes that peak at different moments are not added up as if they had
 * peaked together. Shared pages count once per process, which overstates Chromium a little.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessPeak {
  pid: number;
  /** The executable's name and its first arguments, e.g. `node astro.mjs build`. */
  command: string;
  peakBytes: number;
}

export interface MemoryReport {
  /** False where /proc is missing (not Linux): every figure below is then 0. */
  measured: boolean;
  /** The largest total resident size of the whole tree at one sample. */
  peakTotalBytes: number;
  /** When that was, in milliseconds since the watch started. */
  peakTotalAtMs: number;
  processes: ProcessPeak[];
  /** Total resident size over time, for the phases: [milliseconds, bytes]. */
  samples: [number, number][];
}

export interface MemoryWatch {
  stop(): MemoryReport;
}

export function watchMemory(rootPid: number, intervalMs = 100): MemoryWatch {
  const started = performance.now();
  const peaks = new Map<number, ProcessPeak>();
  const samples: [number, number][] = [];
  let peakTotalBytes = 0;
  let peakTotalAtMs = 0;
  let measured = true;

  const sample = () => {
    let tree: number[];
    try {
      tree = descendants(rootPid);
    } catch {
      measured = false;
      return;
    }
    let total = 0;
    for (const pid of tree) {
      const status = readStatus(pid);
      if (!status) continue;
      total += status.rss;
      const known = peaks.get(pid);
      if (known) known.peakBytes = Math.max(known.peakBytes, status.hwm);
      else peaks.set(pid, { pid, command: commandOf(pid, status.name), peakBytes: status.hwm });
    }
    const ms = performance.now() - started;
    samples.push([Math.round(ms), total]);
    if (total > peakTotalBytes) [peakTotalBytes, peakTotalAtMs] = [total, Math.round(ms)];
  };

  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return {
        measured,
        peakTotalBytes,
        peakTotalAtMs,
        processes: [...peaks.values()].sort((a, b) => b.peakBytes - a.peakBytes),
        samples,
      };
    },
  };
}

/** The root and everything below it, from each process's parent in /proc/<pid>/stat. */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const ppid = parentOf(Number(name));
    if (ppid === undefined) continue;
    const list = children.get(ppid);
    if (list) list.push(Number(name));
    else children.set(ppid, [Number(name)]);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: the fields follow the last ")".
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined; // it ended meanwhile
  }
}

function readStatus(pid: number): { name: string; rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kB = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { name: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?', rss: kB('VmRSS'), hwm: kB('VmHWM') };
  } catch {
    return undefined;
  }
}

function commandOf(pid: number, name: string): string {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const shown = args
      .slice(0, 3)
      .map((arg) => (arg.includes('/') ? arg.split('/').pop()! : arg))
      .join(' ');
    return shown || name;
  } catch {
    return name;
  }
}
