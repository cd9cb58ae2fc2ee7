// Wall time and peak memory of a command and all its child processes (Linux /proc), for the benchmarks.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { addTo } from "../../src/domain/multimap.ts";

export interface Measure {
  seconds: number;
  peakMB: number;
  code: number;
  stdout: string;
}

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      addTo(map, ppid, Number(name));
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}

function treeRssKB(pid: number): number {
  const kids = children();
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // ended
    }
    stack.push(...(kids.get(p) ?? []));
  }
  return total;
}

export function measure(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; quiet?: boolean } = {},
): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, child.pid ? treeRssKB(child.pid) : 0)), 100);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - start) / 1000;
      if (code !== 0 && !options.quiet) process.stderr.write(stderr.slice(-2000));
      resolve({ seconds, peakMB: peak / 1024, code: code ?? 1, stdout });
    });
  });
}
