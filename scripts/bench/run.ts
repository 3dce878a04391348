// `npm run bench [-- --quick] [-- --scales small,default,large]`: load, drill-down, filter and query
// figures at each scale, with native DuckDB side by side. Writes bench/results/<time>.json.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { execSync } from 'node:child_process';
import type { Scale } from '../data';
import { ensureTestData } from '../../tests/testData';
import { parseArgs, stringArg } from '../lib/args';
import { runBrowser, type BrowserResult } from './browser';
import { runStartup, type StartupResult } from './startup';
import { median, nativeTimes } from './native';

const args = parseArgs(process.argv.slice(2));
const scales = (args.quick ? 'small' : stringArg(args, 'scales', 'small,default,large')).split(',') as Scale[];
const root = resolve(import.meta.dirname, '../..');
const log = (s: string) => console.log(s);

/** The datasets are the tests' own (same seed, same folder), built once and reused. */
async function dataset(scale: Scale): Promise<string> {
  const t0 = Date.now();
  const dir = await ensureTestData(scale);
  const s = (Date.now() - t0) / 1000;
  if (s > 5) log(`  built ${scale} data in ${s.toFixed(0)} s`);
  return dir;
}

interface ScaleResult {
  scale: Scale;
  rows?: Record<string, number>;
  parquetMb?: number;
  browser?: BrowserResult;
  startup?: StartupResult;
  nativeMs?: Record<string, number>;
  error?: string;
}

if (!existsSync(resolve(root, 'dist/index.html')) || !args['no-build']) execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });
const results: ScaleResult[] = [];
for (const scale of scales) {
  log(`\n== ${scale} ==`);
  const r: ScaleResult = { scale };
  results.push(r);
  try {
    const dir = await dataset(scale);
    const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as { tables: Record<string, { rows: number }> };
    r.rows = Object.fromEntries(Object.entries(manifest.tables).map(([k, v]) => [k, v.rows]));
    r.parquetMb = Number(execSync(`du -sb ${dir}`, { encoding: 'utf8' }).split('\t')[0]) / 1e6;
    r.nativeMs = await nativeTimes(dir);
    r.browser = await runBrowser(resolve(root, 'dist'), dir, log);
    r.startup = await runStartup(resolve(root, 'dist'), dir, args.quick ? 1 : 5, log);
  } catch (err) {
    r.error = err instanceof Error ? `${err.name}: ${err.message.split('\n')[0]}` : String(err);
    log(`  FAILED: ${r.error}`);
  }
}

const machine = { cores: cpus().length, cpu: cpus()[0]?.model, memGb: Math.round(totalmem() / 1e9), webgl: 'SwiftShader (software)', node: process.version };
const out = { date: new Date().toISOString(), machine, quick: Boolean(args.quick), results };
await mkdir(resolve(root, 'bench/results'), { recursive: true });
const file = resolve(root, 'bench/results', `${out.date.replace(/[:.]/g, '-')}.json`);
await writeFile(file, JSON.stringify(out, null, 2));

const f = (n: number | undefined, d = 0) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(d));
console.log(`\nmachine: ${machine.cores} cores, ${machine.memGb} GB, ${machine.cpu}, WebGL ${machine.webgl}`);
console.log('| scale | hazards | parquet MB | first DuckDB content on screen ms | first view ms | DuckDB ready ms | first view MB | drill p50/p95 ms (first visit) | first visit, no pointer rest p50/max ms | map + filter p50/p95 ms | KPIs + charts after a filter p50/p95 ms | list layer p50/p95 ms | JS heap MB | Chromium RSS MB | max marks |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  const b = r.browser;
  if (!b) {
    console.log(`| ${r.scale} | ${r.rows?.hazards ?? '—'} | ${f(r.parquetMb)} | failed: ${r.error ?? ''} ||||||||||`);
    continue;
  }
  console.log(`| ${r.scale} | ${r.rows?.hazards ?? '—'} | ${f(r.parquetMb)} | ${f(b.firstContentMs)} | ${b.firstViewMs} | ${f(b.duckdbReadyMs)} | ${f(b.firstViewBytes / 1e6, 1)} | ${f(b.drill.p50)}/${f(b.drill.p95)} (${f(b.drillFirst.p50)}/${f(b.drillFirst.p95)}) | ${f(b.drillNoRest?.p50)}/${f(b.drillNoRest?.max)} | ${f(b.filter.p50)}/${f(b.filter.p95)} | ${f(b.panels?.p50)}/${f(b.panels?.p95)} | ${f(b.lists?.p50)}/${f(b.lists?.p95)} | ${f(b.jsHeapMb)} | ${f(b.browserRssMb)} | ${b.maxMarks} |`);
}
console.log('\n| scale | drill settled p50/p95 ms | map + filter settled p50/p95 ms |');
console.log('| --- | --- | --- |');
for (const r of results) {
  const st = r.browser?.settled;
  if (st) console.log(`| ${r.scale} | ${f(st.drill.p50)}/${f(st.drill.p95)} | ${f(st.filter.p50)}/${f(st.filter.p95)} |`);
}
console.log('\n| scale | first DuckDB content on screen, fresh browser: median ms (runs) | browser already open: median ms (runs) |');
console.log('| --- | --- | --- |');
for (const r of results) {
  const s = r.startup;
  if (s) console.log(`| ${r.scale} | ${f(median(s.freshBrowserMs))} (${s.freshBrowserMs.join(', ')}) | ${f(median(s.openBrowserMs))} (${s.openBrowserMs.join(', ')}) |`);
}
console.log('\n| scale | query | WASM ms | native ms | WASM/native |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of results) {
  for (const [q, w] of Object.entries(r.browser?.wasmQueryMs ?? {})) {
    const n = r.nativeMs?.[q];
    console.log(`| ${r.scale} | ${q} | ${f(w, 1)} | ${f(n, 1)} | ${n ? f(w / n, 1) : '—'} |`);
  }
}
console.log(`\nwritten ${file}`);
if (results.some((r) => r.error) && args.quick) process.exit(1);
