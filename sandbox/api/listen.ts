// Serves the API replica over plain HTTP on loopback, for unit tests (the browser harness uses HTTPS at the real
// host names through sandbox/tls.ts instead).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiReplica, type ApiReplicaOptions } from './server';
import type { ApiReplica } from './types';

export interface ListeningApiReplica {
  replica: ApiReplica;
  /** e.g. http://127.0.0.1:41234 — append the method path. */
  url: string;
  close(): Promise<void>;
}

export async function listenApiReplica(opts: ApiReplicaOptions, port = 0): Promise<ListeningApiReplica> {
  const replica = createApiReplica(opts);
  const server = http.createServer(replica.handler);
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    replica,
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
