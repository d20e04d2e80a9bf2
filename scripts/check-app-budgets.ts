/**
 * `npm run check:budgets`: each web app's initial JavaScript (the module its
 * page loads and every chunk that module imports statically), gzipped, stays
 * within 250 KB — read from Vite's build output, as a browser would fetch it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '../clients/apps/dist');
const BUDGET = 250 * 1024;
let failed = false;
for (const app of ['backoffice', 'portal']) {
  const html = readFileSync(path.join(dist, app, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g), ...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(path.join(dist, url), 'utf8');
    // Static imports only: what loads before the page can run (dynamic import() chunks load later).
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) visit(path.posix.join(path.posix.dirname(url), m[1]!));
  };
  for (const e of entries) visit(e);
  const bytes = [...seen].reduce((sum, url) => sum + gzipSync(readFileSync(path.join(dist, url))).length, 0);
  const ok = bytes <= BUDGET;
  failed ||= !ok;
  console.log(`${app}: initial JS ${(bytes / 1024).toFixed(1)} KB gzipped in ${seen.size} file(s) — budget 250 KB ${ok ? 'ok' : 'EXCEEDED'}`);
}
if (failed) process.exit(1);
