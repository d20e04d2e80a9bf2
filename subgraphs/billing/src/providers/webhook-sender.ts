/**
 * How the simulators deliver webhooks, like the real providers: POST, retry
 * with backoff until a 2xx (a 401 or 4xx is not retried: the receiver refused
 * it on purpose).
 */
export async function deliverWebhook(url: string, body: string, headers: Record<string, string>, attempts = 6): Promise<number> {
  let delay = 200;
  let last = 0;
  for (let i = 0; i < attempts; i++) {
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, signal: AbortSignal.timeout(10_000) });
      last = res.status;
      if (res.ok || (res.status >= 400 && res.status < 500)) return res.status;
    } catch {
      last = 0;
    }
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 5_000);
  }
  return last;
}
