// TLS for the replicas: a self-signed certificate for the real Ozon host names, generated at every start
// (no key is ever committed), and the loopback HTTPS server both replicas run on.
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

/** The host names the replicas answer for; the browsers reach them through resolver rules or a proxy. */
export const OZON_HOSTS = ['seller.ozon.ru', 'api-seller.ozon.ru', 'ws.seller.ozon.ru'] as const;
export const PORTAL_HOST = 'seller.ozon.ru';
export const API_HOST = 'api-seller.ozon.ru';

export interface Certificate {
  key: string;
  cert: string;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface HttpsEndpoint {
  port: number;
  close(): Promise<void>;
}

/** A fresh certificate valid for the Ozon hosts (and 127.0.0.1, for manual checks with curl). EC keys: fast. */
export async function createCertificate(hosts: readonly string[] = OZON_HOSTS): Promise<Certificate> {
  const now = new Date();
  const pems = await generate([{ name: 'commonName', value: hosts[0] ?? 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 24 * 3600_000),
    notAfterDate: new Date(now.getTime() + 30 * 24 * 3600_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [...hosts.map((value) => ({ type: 2 as const, value })), { type: 7, ip: '127.0.0.1' }] },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

/** Serves `handler` over HTTPS on 127.0.0.1 at `port` (default: an ephemeral port). */
export async function serveHttps(handler: RequestHandler, certificate: Certificate, port = 0): Promise<HttpsEndpoint> {
  const server = https.createServer({ key: certificate.key, cert: certificate.cert }, handler);
  // Browsers keep connections alive; close() must not wait for them.
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The name a request was sent to, from its Host header (the port and a trailing dot dropped, lower-cased). */
export function hostOf(req: IncomingMessage): string {
  const raw = (req.headers.host ?? '').toLowerCase();
  const name = raw.startsWith('[') ? raw.slice(0, raw.indexOf(']') + 1) : raw.split(':')[0] ?? '';
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

/**
 * One handler for several virtual hosts, as the real servers sit behind one name each: the browsers reach every
 * Ozon host at the same loopback port, and the Host header says which replica answers. Unknown hosts get 421.
 */
export function dispatchByHost(routes: Readonly<Record<string, RequestHandler>>): RequestHandler {
  return (req, res) => {
    const route = routes[hostOf(req)];
    if (route) {
      route(req, res);
      return;
    }
    res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(`No replica answers for host "${req.headers.host ?? ''}"\n`);
  };
}

/** Chromium's --host-resolver-rules value sending the given hosts' port 443 to the loopback port. */
export function hostResolverRules(port: number, hosts: readonly string[]): string {
  return hosts.map((host) => `MAP ${host}:443 127.0.0.1:${port}`).join(', ');
}
