// A static file server for the built site: correct MIME types (application/wasm), gzip for
// compressible files (cached in memory), byte-range requests, and an optional data folder mounted
// at /data/ so tests and benchmarks can point the same build at another dataset.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCb } from 'node:zlib';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.parquet': 'application/vnd.apache.parquet', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.pmtiles': 'application/octet-stream', '.geojson': 'application/geo+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.geojson']);
const gzip = promisify(gzipCb);
const gzCache = new Map<string, { mtime: number; body: Promise<Buffer> }>();

/** The gzipped file, compressed once (off the event loop, so other requests keep flowing). */
function gzipped(file: string, mtime: number): Promise<Buffer> {
  let cached = gzCache.get(file);
  if (!cached || cached.mtime !== mtime) {
    cached = { mtime, body: readFile(file).then((b) => gzip(b, { level: 6 })) };
    gzCache.set(file, cached);
    cached.body.catch(() => gzCache.delete(file));
  }
  return cached.body;
}


export interface ServeOptions {
  root: string;
  dataDir?: string;
  port?: number;
  /** Count bytes sent per request path (for benchmarks). */
  onSent?: (path: string, bytes: number) => void;
}

function resolvePath(opts: ServeOptions, urlPath: string): string | null {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const [base, rel] = opts.dataDir && (clean === 'data' || clean.startsWith(`data${sep}`))
    ? [resolve(opts.dataDir), clean.slice(5)]
    : [resolve(opts.root), clean || 'index.html'];
  const full = resolve(join(base, rel));
  return full === base || full.startsWith(base + sep) ? full : null;
}

async function handle(opts: ServeOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
  let file = resolvePath(opts, urlPath);
  let info = file ? await stat(file).catch(() => null) : null;
  if (file && info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!file || !info?.isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  const ext = extname(file);
  // Hashed build assets never change; everything else is revalidated by ETag (a cheap 304).
  const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
  const headers: Record<string, string | number> = {
    'content-type': MIME[ext] ?? 'application/octet-stream', 'accept-ranges': 'bytes', etag,
    'cache-control': urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return;
  }
  const sent = (n: number) => opts.onSent?.(urlPath, n);
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  if (range) {
    const start = range[1] ? Number(range[1]) : Math.max(0, info.size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), info.size - 1) : info.size - 1;
    if (start > end || start >= info.size) {
      res.writeHead(416, { 'content-range': `bytes */${info.size}` }).end();
      return;
    }
    res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${info.size}`, 'content-length': end - start + 1 });
    sent(end - start + 1);
    createReadStream(file, { start, end }).pipe(res);
    return;
  }
  if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    // The build writes <asset>.gz (vite.config.ts); anything else is compressed once and kept.
    const pre = await stat(`${file}.gz`).catch(() => null);
    if (pre?.isFile() && pre.mtimeMs >= info.mtimeMs) {
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': pre.size, vary: 'accept-encoding' });
      sent(pre.size);
      if (req.method === 'HEAD') res.end();
      else createReadStream(`${file}.gz`).pipe(res);
      return;
    }
    const body = await gzipped(file, info.mtimeMs);
    res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length, vary: 'accept-encoding' });
    sent(body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': info.size });
  sent(info.size);
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

export function serve(opts: ServeOptions): Promise<{ server: Server; url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    handle(opts, req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(err));
    });
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      ok({ server, url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
