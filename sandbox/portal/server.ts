// The portal replica (host seller.ozon.ru): one HTML shell for every /app/… path, the client bundle, and the
// replica's own JSON endpoints over the shared World. Class names are hashed anew for every replica.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { World } from '../data/types';
import type { BootConfig } from './boot';
import { clientBundle } from './bundle';
import { generateClassMap, type ClassMap } from './classes';
import { isLang, type Lang } from './labels';
import { shellHtml } from './shell';
import { createSiteApi, sendJson } from './site-api';

export interface PortalReplicaOptions {
  world: World;
  /** Rows per scroll page; the portal's is 30. */
  pageSize?: number;
  /** Milliseconds between the page's periodic list refreshes (default 20 s). */
  refreshMs?: number;
  /** Opening a chat marks it read, as on the portal (default true). */
  markReadOnOpen?: boolean;
}

export interface PortalReplica {
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  /** This start's hashed class names (for the replica's own tests; the extension never sees the keys). */
  readonly classes: ClassMap;
}

const BUNDLE_PATH = '/assets/portal-app.js';

function cookieLang(req: IncomingMessage): Lang | undefined {
  const cookie = req.headers.cookie ?? '';
  const match = /(?:^|;\s*)lang=([^;]*)/.exec(cookie);
  return match && isLang(match[1]) ? match[1] : undefined;
}

/** `?lang=` first, then the `lang` cookie, then Russian. */
export function requestLang(req: IncomingMessage, url: URL): Lang {
  const q = url.searchParams.get('lang');
  return isLang(q) ? q : (cookieLang(req) ?? 'ru');
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location, 'cache-control': 'no-store' });
  res.end();
}

export function createPortalReplica(opts: PortalReplicaOptions): PortalReplica {
  const classes = generateClassMap();
  const pageSize = opts.pageSize ?? 30;
  const refreshMs = opts.refreshMs ?? 20_000;
  const api = createSiteApi({ world: opts.world, pageSize, markReadOnOpen: opts.markReadOnOpen ?? true });
  // Build the client now, so the first page load does not wait for esbuild (a failure is retried on request).
  clientBundle().catch(() => undefined);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'https://seller.ozon.ru');
    const lang = requestLang(req, url);
    const path = url.pathname;

    if (path.startsWith('/api/site/')) return api(req, res, url, lang);

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { error: 'method-not-allowed' });
      return;
    }
    if (path === '/' || path === '/app' || path === '/app/') return redirect(res, '/app/messenger?group=customers_v2');
    if (path.replace(/\/+$/, '') === '/app/messenger' && !url.searchParams.has('group')) {
      url.searchParams.set('group', 'customers_v2');
      return redirect(res, `/app/messenger?${url.searchParams.toString()}`);
    }
    if (path === BUNDLE_PATH) {
      const js = await clientBundle();
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : js);
      return;
    }
    if (path.startsWith('/app/')) {
      const boot: BootConfig = { lang, classes, pageSize, refreshMs };
      const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
      if (isLang(url.searchParams.get('lang'))) headers['set-cookie'] = `lang=${lang}; Path=/; SameSite=Lax`;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : shellHtml(boot, BUNDLE_PATH));
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  }

  return {
    classes,
    handler(req, res) {
      handle(req, res).catch(() => {
        if (!res.headersSent) sendJson(res, 500, { error: 'internal' });
        else res.end();
      });
    },
  };
}
