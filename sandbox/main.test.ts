// @vitest-environment node
// The sandbox without a browser: one HTTPS port, the replica chosen by the Host header, a fresh certificate for
// the real host names, and the resolver rules Chromium is given.
import https from 'node:https';
import { X509Certificate } from 'node:crypto';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './main';
import { hostOf, hostResolverRules } from './tls';
import type { IncomingMessage } from 'node:http';

interface Answer {
  status: number;
  body: string;
  cert: X509Certificate | null;
}

/** A request as a browser behind the resolver rules sends it: TLS SNI and Host are the Ozon name, the socket is loopback. */
function request(sandbox: Sandbox, host: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port: sandbox.port,
        servername: host,
        path,
        method: body === undefined ? 'GET' : 'POST',
        headers: { Host: host, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
        rejectUnauthorized: false,
        // A fresh connection each time: a resumed TLS session carries no peer certificate.
        agent: false,
      },
      (res) => {
        const socket = res.socket as tls.TLSSocket;
        const raw = socket.getPeerX509Certificate?.() ?? null;
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, cert: raw ?? null }));
      },
    );
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

describe('startSandbox', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ now: new Date('2026-11-20T12:00:00Z'), chats: 40, postings: 20 });
  });
  afterAll(() => sandbox?.close());

  it('gives Chromium rules mapping both Ozon hosts to its one loopback port', () => {
    expect(sandbox.port).toBeGreaterThan(0);
    expect(sandbox.hostResolverRules).toBe(`MAP seller.ozon.ru:443 127.0.0.1:${sandbox.port}, MAP api-seller.ozon.ru:443 127.0.0.1:${sandbox.port}`);
  });

  it('serves the portal for Host seller.ozon.ru, with a certificate made for the Ozon names', async () => {
    const answer = await request(sandbox, 'seller.ozon.ru', '/app/messenger?group=customers_v2&lang=en');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatch(/<html lang="en"/);
    expect(answer.cert?.checkHost('seller.ozon.ru')).toBe('seller.ozon.ru');
    expect(answer.cert?.checkHost('api-seller.ozon.ru')).toBe('api-seller.ozon.ru');
  });

  it('serves the Seller API for Host api-seller.ozon.ru, with the seller credentials of the world', async () => {
    const { seller } = sandbox.world.data;
    const ok = await request(sandbox, 'api-seller.ozon.ru', '/v1/seller/info', {}, { 'Client-Id': seller.clientId, 'Api-Key': seller.apiKey });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ company: { name: seller.companyName }, subscription: { type: seller.subscription } });
    const refused = await request(sandbox, 'api-seller.ozon.ru', '/v1/seller/info', {}, { 'Client-Id': seller.clientId, 'Api-Key': 'wrong' });
    expect(refused.status).toBe(404);
    expect(sandbox.api.log.map((e) => [e.path, e.clientId, e.status])).toEqual([
      ['/v1/seller/info', seller.clientId, 200],
      ['/v1/seller/info', seller.clientId, 404],
    ]);
    expect(sandbox.api.violations).toEqual([]);
  });

  it('answers 421 for a host it does not replicate', async () => {
    const answer = await request(sandbox, 'www.ozon.ru', '/');
    expect(answer.status).toBe(421);
  });

  it('makes a new certificate at every start (nothing kept or committed)', async () => {
    const other = await startSandbox({ now: new Date('2026-11-20T12:00:00Z'), chats: 10, postings: 5, validate: false });
    try {
      const a = await request(sandbox, 'seller.ozon.ru', '/');
      const b = await request(other, 'seller.ozon.ru', '/');
      expect(a.cert?.fingerprint256).toBeTruthy();
      expect(a.cert?.fingerprint256).not.toBe(b.cert?.fingerprint256);
    } finally {
      await other.close();
    }
  });
});

describe('hostOf / hostResolverRules', () => {
  const req = (host: string | undefined) => ({ headers: { host } }) as unknown as IncomingMessage;
  it('reads the name from Host, without port or trailing dot, lower-cased', () => {
    expect(hostOf(req('Seller.Ozon.ru:443'))).toBe('seller.ozon.ru');
    expect(hostOf(req('api-seller.ozon.ru.'))).toBe('api-seller.ozon.ru');
    expect(hostOf(req(undefined))).toBe('');
  });
  it('joins one MAP rule per host', () => {
    expect(hostResolverRules(8443, ['a.example', 'b.example'])).toBe('MAP a.example:443 127.0.0.1:8443, MAP b.example:443 127.0.0.1:8443');
  });
});
