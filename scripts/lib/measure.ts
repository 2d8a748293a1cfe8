import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  ms: number;
  /** Highest summed resident memory of the process and its children, in MB (Linux /proc). */
  peakRssMb: number;
  output: string;
  code: number;
}

/** RSS in bytes of a process and all its descendants, from /proc; 0 where /proc is absent. */
function treeRss(root: number): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return 0;
  }
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const e of entries) {
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(e), Number(fields[1]));
      rss.set(Number(e), Number(fields[21]) * 4096);
    } catch {
      /* process ended meanwhile */
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let p: number | undefined = pid; p && p > 1; p = parent.get(p))
      if (p === root) {
        total += bytes;
        break;
      }
  }
  return total;
}

/** Runs a command, timing it and sampling its memory every 100 ms. Output is captured. */
export function runMeasured(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = process.cwd()): Promise<Measured> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (b: Buffer) => {
      output += b.toString();
    });
    child.stderr.on('data', (b: Buffer) => {
      output += b.toString();
    });
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    }, 100);
    // Timed to the process's end; answered once its output is read to the end ('close'), so the
    // phases read from it are all there (a bench review).
    let ms = 0;
    child.on('exit', () => {
      ms = Math.round(performance.now() - started);
      clearInterval(timer);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ ms: ms || Math.round(performance.now() - started), peakRssMb: Math.round(peak / 1024 / 1024), output, code: code ?? 1 });
    });
  });
}
