// The data manifest: the only place the app and tests learn table names, files and row counts.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

export const SCHEMA_VERSION = 1;

export interface TableEntry {
  files: string[];
  rows: number;
}

export interface Manifest {
  schema_version: number;
  generated_at: string;
  source: string;
  scale?: string;
  seed?: number;
  /** Version of the pipeline that wrote it (scripts/data.ts PIPELINE_VERSION). */
  pipeline?: number;
  tables: Record<string, TableEntry>;
}

export class ManifestBuilder {
  private readonly tables: Record<string, TableEntry> = {};

  constructor(private readonly outDir: string) {}

  /** Record one written file (absolute or relative to outDir) with its row count. */
  add(table: string, file: string, rows: number): void {
    const rel = relative(this.outDir, file.startsWith('/') ? file : join(this.outDir, file));
    const entry = (this.tables[table] ??= { files: [], rows: 0 });
    entry.files.push(rel.split('\\').join('/'));
    entry.rows += rows;
  }

  async write(meta: Omit<Manifest, 'schema_version' | 'tables'>): Promise<string> {
    const tables: Record<string, TableEntry> = {};
    for (const name of Object.keys(this.tables).sort()) {
      const t = this.tables[name]!;
      tables[name] = { files: [...t.files].sort(), rows: t.rows };
    }
    const manifest: Manifest = { schema_version: SCHEMA_VERSION, ...meta, tables };
    const path = join(this.outDir, 'manifest.json');
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, JSON.stringify(manifest, null, 2) + '\n');
    return path;
  }
}

export async function readManifest(dir: string): Promise<Manifest> {
  const path = join(dir, 'manifest.json');
  return JSON.parse(await readFile(path, 'utf8')) as Manifest;
}

/** The SQL source of one manifest table: its files, as DuckDB should read them (codes stay text). */
export function tableSource(dir: string, entry: TableEntry): string {
  const files = entry.files.map((f) => `'${join(dir, f).replaceAll("'", "''")}'`).join(', ');
  return `read_parquet([${files}], hive_partitioning = false)`;
}
