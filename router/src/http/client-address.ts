import type { IncomingMessage } from 'node:http';
import ipaddr from 'ipaddr.js';
import proxyaddr from 'proxy-addr';

export type TrustProxy = (addr: string, hop: number) => boolean;

/**
 * Which hops may say who the client is (X-Forwarded-For): `false` (none: the
 * socket's peer is the client), a number of hops (the load balancers in
 * front), or comma-separated addresses/CIDRs/`loopback`/`uniquelocal` — the
 * same vocabulary as Express's "trust proxy".
 */
export function trustProxy(setting: string): TrustProxy {
  const s = setting.trim();
  if (s === '' || s === 'false') return () => false;
  if (/^\d+$/.test(s)) {
    const hops = Number(s);
    return (_addr, hop) => hop < hops;
  }
  return proxyaddr.compile(s.split(',').map((p) => p.trim()));
}

/** The client's address for this request or WebSocket upgrade, past the trusted proxies only. */
export function clientAddress(req: IncomingMessage, trust: TrustProxy): string {
  return proxyaddr(req as Parameters<typeof proxyaddr>[0], trust);
}

/**
 * What an anonymous caller's budget is kept under: the IPv4 address, or the
 * IPv6 /64 (one subscriber line gets a whole /64, so per-address budgets
 * would be free to multiply).
 */
export function addressBudgetKey(address: string): string {
  if (!ipaddr.isValid(address)) return address || 'unknown';
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  if (ip.kind() === 'ipv4') return ip.toString();
  const parts = (ip as ipaddr.IPv6).parts.slice(0, 4).map((p) => p.toString(16));
  return `${parts.join(':')}::/64`;
}
