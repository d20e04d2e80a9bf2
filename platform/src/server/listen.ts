import type http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Listens, and rejects when the port is taken: the process must end with the reason, not half started. */
export function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
