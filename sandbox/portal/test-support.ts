// For the replica's own tests: the replica served on loopback, and its pages run in a happy-dom window whose fetch
// reaches that server, as a browser would run them.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Window } from 'happy-dom';
import type { PortalFilter, World } from '../data/types';
import { createPortalReplica, type PortalReplicaOptions } from './server';

export interface Served {
  world: World;
  base: string;
  close(): Promise<void>;
}

export async function serveReplica(world: World, opts: Omit<PortalReplicaOptions, 'world'> = {}): Promise<Served> {
  const server = http.createServer(createPortalReplica({ world, ...opts }).handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { world, base: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export async function getJson<T>(base: string, path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${base}${path}`);
  return { status: res.status, body: (await res.json()) as T };
}

/** Polls until `probe` gives something truthy (the page renders asynchronously). */
export async function until<T>(probe: () => T | undefined | null | false, what: string, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface ReplicaControl {
  rerender(): void;
  navigate(url: string): Promise<void>;
  answer(filters: readonly PortalFilter[]): Promise<string[]>;
}

export interface OpenedPage {
  win: Window;
  doc: Window['document'];
  control(): ReplicaControl;
}

/** Loads a page of the replica at `base` into a new happy-dom window and waits for its app to start. */
export async function openPage(base: string, path: string): Promise<OpenedPage> {
  const html = await (await fetch(`${base}${path}`)).text();
  const src = /<script src="([^"]+)"><\/script>/.exec(html)?.[1];
  if (!src) throw new Error('the shell has no script');
  const bundle = await (await fetch(`${base}${src}`)).text();
  // Our own bundle only, from the replica under test. happy-dom loads a parser-inserted <script src> with a
  // blocking request, which the handler in this same process could never answer: the test runs the bundle itself.
  const win = new Window({ url: `${base}${path}`, settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } });
  win.document.write(html.replace(/<script src="[^"]+"><\/script>/, ''));
  win.eval(bundle);
  const control = (): ReplicaControl => (win as unknown as { __replica: ReplicaControl }).__replica;
  // Not waitUntilComplete: the page's periodic refresh timer never completes.
  await until(() => (win as unknown as { __replica?: ReplicaControl }).__replica, 'the client app to start');
  return { win, doc: win.document, control };
}
