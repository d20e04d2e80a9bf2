import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { createInterface } from 'node:readline';

export interface Child {
  name: string;
  proc: ChildProcess;
  /** Last lines of output, shown when it fails to start. */
  tail: string[];
}

/** Asks the OS for a free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Runs a TypeScript entry with tsx in its own Node process. */
export function spawnTs(name: string, entry: string, env: NodeJS.ProcessEnv, echo: boolean): Child {
  // CPU_PROFILE_DIR: every process (and thread) writes a V8 CPU profile there when it exits, named by pid
  // (`node --cpu-prof`, which NODE_OPTIONS does not allow).
  const profile = env.CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${env.CPU_PROFILE_DIR}`] : [];
  // Compiled JavaScript (the production build in dist/) runs without the TypeScript loader.
  const loader = entry.endsWith('.js') ? ['--enable-source-maps'] : ['--import', 'tsx'];
  const proc = spawn(process.execPath, [...profile, ...loader, entry], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const child: Child = { name, proc, tail: [] };
  for (const stream of [proc.stdout!, proc.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => {
      child.tail.push(line);
      if (child.tail.length > 40) child.tail.shift();
      if (echo && !line.includes('Unknown user config')) process.stderr.write(`[${name}] ${line}\n`);
      // A fault of ours (platform/src/errors.ts) is always shown, with the process it happened in.
      else if (line.includes('"internalError":true')) process.stderr.write(`[${name}] ${line}\n`);
    });
  }
  return child;
}

/** Resolves when `probe` succeeds; rejects with the child's output if it exits first or time runs out. */
export async function waitFor(child: Child, probe: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null = null;
  child.proc.once('exit', (code) => (exited = code ?? -1));
  for (;;) {
    if (exited !== null) throw new Error(`${child.name} exited with code ${exited}:\n${child.tail.join('\n')}`);
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${child.name} did not become ready in ${timeoutMs} ms:\n${child.tail.join('\n')}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export async function httpOk(url: string): Promise<boolean> {
  const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
  return res.ok;
}

/** SIGTERM, then SIGKILL after a grace period. */
export async function stopChild(child: Child, graceMs = 8_000): Promise<void> {
  if (child.proc.exitCode !== null || child.proc.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.proc.once('exit', () => resolve()));
  child.proc.kill('SIGTERM');
  const timer = setTimeout(() => child.proc.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
