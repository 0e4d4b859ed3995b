// The sandbox: both replicas on one loopback HTTPS server, told apart by the Host header, so a browser that maps
// seller.ozon.ru and api-seller.ozon.ru to it sees the real host names. `npm run sandbox` runs it alone.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiReplica } from './api/server';
import { loadOpenApiValidator } from './api/openapi';
import type { ApiReplica } from './api/types';
import { createWorld } from './data/world';
import { generateSeed } from './data/seed';
import type { World } from './data/types';
import { createPortalReplica } from './portal/server';
import { API_HOST, createCertificate, dispatchByHost, hostResolverRules, PORTAL_HOST, serveHttps } from './tls';

export { API_HOST, PORTAL_HOST };
/** The page the extension is made for; tests and `npm start` open it first. */
export const MESSENGER_PATH = '/app/messenger?group=customers_v2';

export interface SandboxOptions {
  /** The world's present; default: the real clock. */
  now?: Date;
  chats?: number;
  postings?: number;
  /** Loopback port; default: an ephemeral one. */
  port?: number;
  /** Check every API request and response against Ozon's OpenAPI spec (default true). */
  validate?: boolean;
  /** Rows per page of the portal's lists (the replica's default when omitted). */
  pageSize?: number;
  /** Chats from Chinese-speaking customers added to the seeded world (sandbox/data/chinese.ts; default none). */
  zhChats?: number;
}

export interface Sandbox {
  port: number;
  world: World;
  api: ApiReplica;
  /** Chromium's --host-resolver-rules value that sends both Ozon hosts to this sandbox. */
  hostResolverRules: string;
  close(): Promise<void>;
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const world = createWorld(generateSeed({ now: opts.now ?? new Date(), chats: opts.chats, postings: opts.postings, zhChats: opts.zhChats }));
  const validator = opts.validate === false ? undefined : await loadOpenApiValidator();
  const api = createApiReplica({ world, validator });
  const portal = createPortalReplica({ world, pageSize: opts.pageSize });
  const handler = dispatchByHost({ [PORTAL_HOST]: portal.handler, [API_HOST]: api.handler });
  const endpoint = await serveHttps(handler, await createCertificate(), opts.port);
  return {
    port: endpoint.port,
    world,
    api,
    hostResolverRules: hostResolverRules(endpoint.port, [PORTAL_HOST, API_HOST]),
    close: () => endpoint.close(),
  };
}

/** What `npm run sandbox` prints: where things are and how to point a browser at them. */
export function describeSandbox(sandbox: Sandbox, extensionDir: string): string {
  const { seller } = sandbox.world.data;
  const chromium = [
    '/usr/bin/chromium',
    `--user-data-dir=${path.join('/tmp', 'seller-sidekick-profile')}`,
    `--host-resolver-rules="${sandbox.hostResolverRules}"`,
    '--ignore-certificate-errors',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    `https://${PORTAL_HOST}${MESSENGER_PATH}`,
  ].join(' ');
  return [
    `Portal replica:  https://${PORTAL_HOST}/ -> https://127.0.0.1:${sandbox.port}/ (Host: ${PORTAL_HOST})`,
    `API replica:     https://${API_HOST}/ -> https://127.0.0.1:${sandbox.port}/ (Host: ${API_HOST})`,
    `Resolver rules:  ${sandbox.hostResolverRules}`,
    '',
    'Chromium with the production build (run `npm run build:chrome` first):',
    `  ${chromium}`,
    '',
    'For the options page (Stores):',
    `  Client-Id: ${seller.clientId}`,
    `  Api-Key:   ${seller.apiKey}`,
    `  Company:   ${seller.companyName} (${seller.subscription})`,
    '',
    'Check by hand:',
    `  curl -k --resolve ${PORTAL_HOST}:${sandbox.port}:127.0.0.1 "https://${PORTAL_HOST}:${sandbox.port}${MESSENGER_PATH}&lang=en"`,
  ].join('\n');
}

async function main(): Promise<void> {
  const portArg = process.argv.find((a) => a.startsWith('--port='));
  const sandbox = await startSandbox({ port: portArg ? Number(portArg.slice('--port='.length)) : undefined });
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  console.log(describeSandbox(sandbox, path.join(root, '.output', 'chrome-mv3')));
  console.log('\nRunning; Ctrl-C stops it.');
  const stop = () => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
