// A static file server for the built site: correct MIME types (application/wasm), gzip for
// compressible files (cached in memory), byte-range requests, and an optional data folder mounted
// at /data/ so tests and benchmarks can point the same build at another dataset.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.parquet': 'application/vnd.apache.parquet', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.pmtiles': 'application/octet-stream', '.geojson': 'application/geo+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.geojson']);
const gzCache = new Map<string, { mtime: number; body: Buffer }>();

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
    let cached = gzCache.get(file);
    if (!cached || cached.mtime !== info.mtimeMs) {
      cached = { mtime: info.mtimeMs, body: gzipSync(await readFile(file), { level: 6 }) };
      gzCache.set(file, cached);
    }
    res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': cached.body.length, vary: 'accept-encoding' });
    sent(cached.body.length);
    res.end(req.method === 'HEAD' ? undefined : cached.body);
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
