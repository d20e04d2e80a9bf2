/**
 * `tsx bench/profile-summary.ts <file.cpuprofile> [top] [last-seconds] [but-the-last-seconds]`: where
 * a V8 CPU profile (CPU_PROFILE_DIR, `node --cpu-prof`) spent its time, by
 * package and by function (self time), and the inclusive time of the heaviest
 * frames. With last-seconds, only the end of the profile counts (the load, not
 * the start-up); with but-the-last-seconds too, the window ends that long
 * before the profile does (a bench that idles before it stops its processes).
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const [file, topArg, lastArg, skipArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx bench/profile-summary.ts <file.cpuprofile> [top]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
const from = lastArg ? p.endTime - Number(lastArg) * 1e6 : -Infinity;
const until = skipArg ? p.endTime - Number(skipArg) * 1e6 : Infinity;
let at = p.startTime;
p.samples.forEach((id, i) => {
  at += p.timeDeltas[i] ?? 0;
  if (at >= from && at <= until) self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
const idle = [...self].filter(([id]) => ['(idle)', '(program)', '(garbage collector)'].includes(byId.get(id)!.callFrame.functionName));

const packageOf = (url: string): string => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  if (url.startsWith('node:')) return url;
  const local = /\/(platform|router|subgraphs\/[^/]+|bench|clients)\//.exec(url);
  return local ? `(ours) ${local[1]}` : url ? '(other)' : '(native)';
};

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const packages = new Map<string, number>();
const functions = new Map<string, number>();
for (const [id, us] of self) {
  const f = byId.get(id)!.callFrame;
  add(packages, f.functionName.startsWith('(') ? f.functionName : packageOf(f.url), us);
  add(functions, `${f.functionName || '(anonymous)'} ${f.url.replace(/.*node_modules\//, '').replace(/.*\/work\/[^/]+\//, '')}:${f.lineNumber + 1}`, us);
}

// Inclusive time per frame name: each sample counted once per distinct frame on its stack.
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const inclusive = new Map<string, number>();
for (const [id, us] of self) {
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const f = byId.get(cur)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${packageOf(f.url)}`;
    if (!seen.has(key)) {
      seen.add(key);
      add(inclusive, key, us);
    }
  }
}

const ms = (us: number) => (us / 1000).toFixed(0).padStart(7);
const pctOf = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
const busy = total - idle.reduce((a, [, us]) => a + us, 0);
console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled, ${(busy / 1000).toFixed(0)} ms busy (excluding idle, program, GC)`);
for (const [title, m] of [
  ['self time by package', packages],
  ['self time by function', functions],
  ['inclusive time by frame', inclusive],
] as const) {
  console.log(`\n${title}`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(ms(us), pctOf(us), k);
}
