// One `astro build` as a measured process: wall time and the peak resident memory of the
// whole process tree (Astro and what it starts, such as Pagefind), sampled from /proc.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export interface BuildRun {
  ms: number;
  /** Peak of the summed resident memory of the build's processes, in bytes (0 where /proc is missing). */
  peakBytes: number;
}

const SAMPLE_MS = 20;

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function rssBytes(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of a process and all its descendants. */
function treeRss(root: number): number {
  let total = 0;
  const todo = [root];
  while (todo.length) {
    const pid = todo.pop()!;
    total += rssBytes(pid);
    todo.push(...children(pid));
  }
  return total;
}

/** Runs `command args` in `cwd` to completion; rejects with its output when it fails. */
export function measure(command: string, args: string[], cwd: string, env: Record<string, string | undefined>): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
    child.stderr.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
    let peakBytes = 0;
    const proc = existsSync('/proc/self/status');
    const timer = proc ? setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid!))), SAMPLE_MS) : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - start;
      if (code === 0) resolve({ ms, peakBytes });
      else reject(new Error(`${command} ${args.join(' ')} in ${cwd} exited with ${code}:\n${output}`));
    });
  });
}
