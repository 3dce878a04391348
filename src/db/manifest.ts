import { DataFileError } from './errors';

export interface TableEntry {
  files: string[];
  rows: number;
}

export interface Manifest {
  schema_version: number;
  generated_at: string;
  source: string;
  scale?: string;
  tables: Record<string, TableEntry>;
}

export const SUPPORTED_SCHEMA = 1;
const MANIFEST = 'manifest.json';

/** Validate a parsed manifest; throws a DataFileError naming the offending field. */
export function parseManifest(text: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new DataFileError(MANIFEST, `JSON 格式错误（${(err as Error).message}）`);
  }
  const m = raw as Partial<Manifest> | null;
  if (!m || typeof m !== 'object') throw new DataFileError(MANIFEST, '内容不是对象');
  if (m.schema_version !== SUPPORTED_SCHEMA) {
    throw new DataFileError(MANIFEST, `schema_version 为 ${String(m.schema_version)}，本版本支持 ${SUPPORTED_SCHEMA}`);
  }
  if (!m.tables || typeof m.tables !== 'object') throw new DataFileError(MANIFEST, '缺少 tables 字段');
  for (const [name, t] of Object.entries(m.tables)) {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new DataFileError(MANIFEST, `表名 ${name} 不合法`);
    if (!Array.isArray(t.files) || t.files.some((f) => typeof f !== 'string' || f.includes('..'))) {
      throw new DataFileError(MANIFEST, `tables.${name}.files 必须是相对路径数组`);
    }
  }
  return m as Manifest;
}

/** Hive partition keys of a path: `hazards/province_code=530000/data.parquet` → {province_code: '530000'}. */
export function partitionKeys(path: string): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const seg of path.split('/')) {
    const eq = seg.indexOf('=');
    if (eq > 0) keys[seg.slice(0, eq)] = decodeURIComponent(seg.slice(eq + 1));
  }
  return keys;
}

export async function fetchManifest(baseUrl: string): Promise<Manifest> {
  const url = new URL(MANIFEST, baseUrl).href;
  let res: Response;
  try {
    res = await fetch(url, { cache: 'no-cache' });
  } catch (err) {
    throw new DataFileError(MANIFEST, `网络请求失败（${(err as Error).message}）`);
  }
  if (!res.ok) throw new DataFileError(MANIFEST, `HTTP ${res.status}，请先运行 npm run data 生成数据`);
  return parseManifest(await res.text());
}
