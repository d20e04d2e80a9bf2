import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_PROVIDER_SECRETS } from '../provider-config';
import { createSimulator } from './kkiapay.simulator';

/** The widget page sends a payer back to the merchant's callback, as KKiaPay's does — and only to a web address. */
describe('the KKiaPay simulator’s widget callback', () => {
  const server = createSimulator();
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const pay = (callback: string) =>
    fetch(`${base}/widget/pay`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ key: DEV_PROVIDER_SECRETS.KKIAPAY_PUBLIC_KEY, amount: '1000', data: 'abc', outcome: 'success', webhook: 'drop', callback }),
    });

  it('a payer who paid on the page goes back to the callback with the transaction id and status', async () => {
    const res = await pay('https://portal.example/portal/?payment=return');
    expect(res.status).toBe(303);
    const back = new URL(res.headers.get('location')!);
    expect(back.origin + back.pathname).toBe('https://portal.example/portal/');
    expect(back.searchParams.get('payment')).toBe('return');
    expect(back.searchParams.get('transaction_id')).toMatch(/^[\w-]+$/);
    expect(back.searchParams.get('status')).toBe('SUCCESS');
  });

  it('a callback that is not an http(s) address is never followed (no javascript: or data: redirect)', async () => {
    for (const callback of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'not a url', '//evil.example']) {
      const res = await pay(callback);
      expect(res.status, callback).toBe(200);
      expect(res.headers.get('location')).toBeNull();
    }
    const page = await fetch(`${base}/widget?key=${DEV_PROVIDER_SECRETS.KKIAPAY_PUBLIC_KEY}&amount=1000&callback=${encodeURIComponent('javascript:alert(1)')}`);
    expect(await page.text()).toContain('name="callback" value=""');
    // A quote in the callback cannot close the attribute and put markup on the page.
    const injected = await fetch(`${base}/widget?key=${DEV_PROVIDER_SECRETS.KKIAPAY_PUBLIC_KEY}&amount=1000&callback=${encodeURIComponent('https://x.example/?a="><script>alert(1)</script>')}`);
    expect(await injected.text()).not.toContain('<script>');
  });
});
