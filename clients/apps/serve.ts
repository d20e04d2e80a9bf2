import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const DIST = path.resolve(import.meta.dirname, 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

/** Builds the apps (Vite) when their build is missing or older than their sources. */
export function buildAppsIfNeeded(): void {
  const built = path.join(DIST, 'backoffice/index.html');
  const newest = (dir: string): number => {
    let t = 0;
    for (const f of execFileSync('find', [dir, '-type', 'f'], { encoding: 'utf8' }).split('\n').filter(Boolean)) t = Math.max(t, statSync(f).mtimeMs);
    return t;
  };
  const root = import.meta.dirname;
  // The apps' typed operations live in the SDK's generated module: a new codegen is a new build too.
  const sources = Math.max(newest(path.join(root, 'src')), newest(path.join(root, '../sdk/generated')), statSync(path.join(root, 'backoffice/index.html')).mtimeMs);
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  execFileSync(process.execPath, [path.resolve(root, '../../node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}

/**
 * Serves the built apps: /backoffice/ and /portal/, and /config.js telling
 * them where the graph is. Static files only (GET/HEAD, no listing, no path
 * outside dist/), with headers that keep the pages from being framed or
 * sniffed and limit what they may connect to.
 */
export async function serveApps(opts: { port: number; host?: string; graphUrl: string }): Promise<{ url: string; close(): Promise<void> }> {
  const graph = new URL(opts.graphUrl);
  const csp = [
    "default-src 'self'",
    `connect-src 'self' ${graph.origin} ${graph.origin.replace(/^http/, 'ws')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
  const config = `window.SIMVEB_CONFIG = ${JSON.stringify({ graphUrl: opts.graphUrl })};\n`;
  const server = http.createServer((req, res) => {
    const headers = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'content-security-policy': csp, 'x-frame-options': 'DENY' };
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end();
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://apps').pathname);
    } catch {
      return void res.writeHead(400, headers).end();
    }
    if (pathname === '/config.js') return void res.writeHead(200, { ...headers, 'content-type': TYPES['.js']!, 'cache-control': 'no-store' }).end(config);
    if (pathname === '/favicon.ico') return void res.writeHead(204, headers).end();
    if (pathname === '/') return void res.writeHead(302, { ...headers, location: '/portal/' }).end();
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.resolve(DIST, `.${pathname}`);
    if (!file.startsWith(`${DIST}${path.sep}`) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
    const immutable = pathname.startsWith('/assets/');
    res.writeHead(200, { ...headers, 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://${opts.host ?? '127.0.0.1'}:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
