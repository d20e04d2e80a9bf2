import { readFileSync, readdirSync } from 'node:fs';

/** Resident memory of a process, in bytes (Linux /proc). */
export function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}

/** CPU time (user + system) a process has used, in ms. */
export function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** The process and its descendants: a gateway CLI that forks workers is measured whole. */
export function treeOf(pid: number): number[] {
  const out = [pid];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const t of tasks) {
    let children: string;
    try {
      children = readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8');
    } catch {
      continue;
    }
    for (const c of children.split(' ').filter(Boolean)) out.push(...treeOf(Number(c)));
  }
  return out;
}

/** CPU ms of a process tree (exited children are not counted: sample while they run). */
export function treeCpuMsOf(pid: number): number {
  return treeOf(pid).reduce((sum, p) => {
    try {
      return sum + cpuMsOf(p);
    } catch {
      return sum;
    }
  }, 0);
}
