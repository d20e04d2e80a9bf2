import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppsIfNeeded, serveApps } from './serve';

/** Raw HTTP, so paths reach the server exactly as an attacker writes them (fetch would normalise `..`). */
function raw(port: number, request: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.on('data', (d) => (data += d));
    socket.on('end', () => resolve({ status: Number(data.split(' ')[1]), body: data.split('\r\n\r\n').slice(1).join('\r\n\r\n') }));
    socket.on('error', reject);
  });
}

describe('the apps server serves the built apps and nothing else', () => {
  let apps: { url: string; close(): Promise<void> };
  let port: number;
  beforeAll(async () => {
    buildAppsIfNeeded();
    apps = await serveApps({ port: 0, graphUrl: 'http://127.0.0.1:4000/graphql' });
    port = Number(new URL(apps.url).port);
  }, 120_000);
  afterAll(() => apps?.close());

  it('pages, assets and the config, with headers that forbid framing and sniffing', async () => {
    const page = await fetch(`${apps.url}/backoffice/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self' http://127.0.0.1:4000 ws://127.0.0.1:4000");
    expect(await (await fetch(`${apps.url}/config.js`)).text()).toBe('window.SIMVEB_CONFIG = {"graphUrl":"http://127.0.0.1:4000/graphql"};\n');
  });

  it('no file outside the build: traversal (plain and encoded), other methods, bad encodings', async () => {
    for (const target of ['/../package.json', '/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/backoffice/../../serve.ts', '/assets/../../../../etc/passwd']) {
      const r = await raw(port, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      expect(r.status, target).toBe(404);
      expect(r.body).not.toContain('"name"');
    }
    expect((await raw(port, 'GET /%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).status).toBe(400);
    expect((await fetch(`${apps.url}/backoffice/`, { method: 'POST', body: 'x' })).status).toBe(405);
    expect((await fetch(`${apps.url}/assets/`)).status).toBe(404);
  });
});
