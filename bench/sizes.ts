// Part 6: sizes of what ships in .output/chrome-mv3: the content script, the background and each page with the
// chunks and styles it loads (followed through static imports), raw and gzip (level 9).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface SizeEntry {
  name: string;
  files: string[];
  raw: number;
  gzip: number;
}

function gz(buf: Buffer): number {
  return zlib.gzipSync(buf, { level: 9 }).length;
}

/** The file and every file it loads statically (script/link in HTML, import/from in JS, CSS next to content scripts). */
function closure(dir: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (rel: string) => {
    const norm = path.posix.normalize(rel.replace(/^\/+/, ''));
    if (seen.has(norm) || !fs.existsSync(path.join(dir, norm))) return;
    seen.add(norm);
    const text = fs.readFileSync(path.join(dir, norm), 'utf8');
    const base = path.posix.dirname(norm);
    const refs: string[] = [];
    if (norm.endsWith('.html')) {
      for (const m of text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) refs.push(m[1] as string);
    } else if (norm.endsWith('.js')) {
      for (const m of text.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) refs.push(m[1] as string);
    }
    for (const ref of refs) visit(ref.startsWith('/') ? ref : path.posix.join(base, ref));
  };
  visit(entry);
  return [...seen];
}

function entry(dir: string, name: string, files: string[]): SizeEntry {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = fs.readFileSync(path.join(dir, f));
    raw += buf.length;
    gzip += gz(buf);
  }
  return { name, files, raw, gzip };
}

export function measureSizes(dir: string): SizeEntry[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
    background?: { service_worker?: string };
    action?: { default_popup?: string };
    options_ui?: { page?: string };
  };
  const out: SizeEntry[] = [];
  const contentFiles = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  // cssInjectionMode 'ui': the content script's CSS is fetched from web_accessible_resources, next to its JS.
  const csDir = path.join(dir, 'content-scripts');
  const csCss = fs.existsSync(csDir) ? fs.readdirSync(csDir).filter((f) => f.endsWith('.css')).map((f) => `content-scripts/${f}`) : [];
  out.push(entry(dir, 'content script', [...new Set([...contentFiles.flatMap((f) => closure(dir, f)), ...csCss])]));
  if (manifest.background?.service_worker) out.push(entry(dir, 'background', closure(dir, manifest.background.service_worker)));
  for (const [name, page] of [
    ['popup', manifest.action?.default_popup],
    ['options', manifest.options_ui?.page],
  ] as const) {
    if (page) out.push(entry(dir, `${name} page`, closure(dir, page)));
  }
  const all: string[] = [];
  const walk = (rel: string) => {
    for (const d of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) walk(r);
      else all.push(r);
    }
  };
  walk('');
  out.push(entry(dir, 'whole extension', all));
  return out;
}
