// Reads the geography step's output (divisions and boundaries) from the data folder.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from '../lib/duck.ts';
import { shapeFromWkb, type Shape } from './shapes.ts';

export function divisionsFile(outDir: string): string {
  return join(outDir, 'divisions', 'data.parquet');
}

/** `div`: every division of the country. */
export async function loadDivisions(conn: DuckDBConnection, outDir: string): Promise<void> {
  await conn.run(`CREATE OR REPLACE TABLE div AS SELECT * FROM read_parquet(${sqlString(divisionsFile(outDir))})`);
}

/** `div_county` / `div_town`: the counties and towns of the generated provinces. */
export async function selectProvinces(conn: DuckDBConnection, provinces: string[]): Promise<void> {
  const inList = provinces.map(sqlString).join(', ');
  await conn.run(`CREATE OR REPLACE TABLE div_county AS SELECT * FROM div
    WHERE level = 'county' AND province_code IN (${inList})`);
  await conn.run(`CREATE OR REPLACE TABLE div_town AS SELECT * FROM div
    WHERE level = 'town' AND province_code IN (${inList})`);
}

export async function allProvinces(conn: DuckDBConnection): Promise<string[]> {
  const reader = await conn.runAndReadAll(`SELECT code FROM div WHERE level = 'province' ORDER BY code`);
  return reader.getRowObjectsJS().map((r) => String(r.code));
}

/** Outlines of one level for the given provinces, keyed by code. */
export async function loadShapes(conn: DuckDBConnection, outDir: string, level: 'county' | 'town',
  provinces: string[]): Promise<Map<string, Shape>> {
  const shapes = new Map<string, Shape>();
  // Read the WKB bytes as stored, not as DuckDB's GEOMETRY type.
  await conn.run('SET enable_geoparquet_conversion = false');
  for (const p of provinces) {
    const file = join(outDir, 'boundaries', `level=${level}`, `province_code=${p}`, 'data.parquet');
    if (!existsSync(file)) continue;
    const reader = await conn.runAndReadAll(
      `SELECT code, geometry FROM read_parquet(${sqlString(file)}, hive_partitioning = false) ORDER BY code`);
    for (const row of reader.getRowObjectsJS()) {
      const g = row.geometry as Uint8Array | null;
      if (g) shapes.set(String(row.code), shapeFromWkb(g));
    }
  }
  await conn.run('RESET enable_geoparquet_conversion');
  return shapes;
}
