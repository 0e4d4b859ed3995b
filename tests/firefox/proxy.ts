// Firefox has no --host-resolver-rules: it reaches the Ozon host names through this tiny HTTP CONNECT proxy,
// which tunnels https://seller.ozon.ru and https://api-seller.ozon.ru to the sandbox's loopback port and refuses
// everything else (so the browser cannot wander onto the real internet during a test).
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface TunnelProxy {
  port: number;
  /** host:port pairs the browser asked for, allowed or not. */
  requests: string[];
  close(): Promise<void>;
}

export async function startTunnelProxy(targetPort: number, hosts: readonly string[]): Promise<TunnelProxy> {
  const allowed = new Set(hosts.map((h) => `${h}:443`));
  const requests: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((_req, res) => {
    // Plain-HTTP proxying is not offered: the replicas speak HTTPS only.
    res.writeHead(403).end();
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const target = (req.url ?? '').toLowerCase();
    requests.push(target);
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    if (!allowed.has(target)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Firefox preferences that send every HTTPS connection through the proxy, loopback included, and keep the
 * browser quiet (no DoH, captive-portal or telemetry traffic that the proxy would have to refuse). */
export function firefoxProxyPrefs(proxyPort: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.socks_remote_dns': false,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.http.http3.enable': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'app.update.enabled': false,
    'extensions.update.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
  };
}
