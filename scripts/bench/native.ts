// Native DuckDB over the same Parquet, loaded into in-memory tables like the browser does.
import { openDuck, setupSession } from '../lib/duck';
import { readManifest, tableSource } from '../lib/manifest';
import { partsOf } from '../../src/queries/spec';
import { CORE_QUERIES } from './queries';

export async function nativeTimes(dataDir: string, runs = 5): Promise<Record<string, number>> {
  const conn = await openDuck();
  const manifest = await readManifest(dataDir);
  for (const [name, t] of Object.entries(manifest.tables)) {
    if (name === 'boundaries') continue;
    await conn.run(`CREATE TABLE "${name}" AS SELECT * FROM ${tableSource(dataDir, t)}`);
  }
  await setupSession(conn, Object.keys(manifest.tables));
  const out: Record<string, number> = {};
  for (const q of CORE_QUERIES) {
    const sqls = partsOf(q.spec).map((p) => p.sql);
    for (const sql of sqls) await conn.run(sql);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      for (const sql of sqls) await conn.runAndReadAll(sql);
      times.push(performance.now() - t0);
    }
    out[q.name] = median(times);
  }
  conn.closeSync();
  return out;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]! : NaN;
}
