// Campaign figures at the published dates, computed from the Parquet of any scale, and their proportions
// against the national figures of 2023.
//   npx tsx scripts/gen/calibration.ts --data DIR
import { resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { parseArgs, stringArg } from '../lib/args.ts';
import { openDuck, sqlString } from '../lib/duck.ts';
import { CALIBRATION } from './config.ts';

export interface CalibrationFigures {
  enterprises: number;
  found: number;
  foundDepartment: number;
  rectifiedDepartment: number;
  foundSelf: number;
  rectifiedSelf: number;
  supervised: number;
  supervisedRectified: number;
  suspendedEarly: number;
  finesEarlyWan: number;
  hazardsTotal: number;
}

export interface Proportion {
  name: string;
  actual: number;
  target: number;
  /** actual / target - 1 */
  deviation: number;
}

/** Views over the record tables of a data folder (hive folders are read as plain files). */
export async function attachData(conn: DuckDBConnection, dir: string): Promise<void> {
  for (const t of ['enterprises', 'hazards', 'enforcement']) {
    await conn.run(`CREATE OR REPLACE VIEW ${t} AS SELECT * FROM read_parquet(${sqlString(`${dir}/${t}/*/data.parquet`)},
      hive_partitioning = false)`);
  }
}

/** Figures at 2023-09-15 (hazards; "department" = every source but self-check) and 2023-06-10 (enforcement). */
export async function computeCalibration(conn: DuckDBConnection): Promise<CalibrationFigures> {
  const asOf = `DATE '${CALIBRATION.asOf}'`;
  const early = `DATE '${CALIBRATION.earlyAsOf}'`;
  const reader = await conn.runAndReadAll(`
    WITH h AS (SELECT *, found_date <= ${asOf} AS f, rectified_date <= ${asOf} AS r FROM hazards)
    SELECT (SELECT count(*) FROM enterprises) AS enterprises,
      count_if(f) AS found,
      count_if(f AND source <> 'self_check') AS foundDepartment,
      count_if(f AND source <> 'self_check' AND r) AS rectifiedDepartment,
      count_if(f AND source = 'self_check') AS foundSelf,
      count_if(f AND source = 'self_check' AND r) AS rectifiedSelf,
      count_if(f AND supervision_level IS NOT NULL) AS supervised,
      count_if(f AND supervision_level IS NOT NULL AND r) AS supervisedRectified,
      (SELECT count(DISTINCT enterprise_id) FROM enforcement WHERE type = 'suspension' AND date <= ${early}) AS suspendedEarly,
      (SELECT coalesce(sum(fine_wan), 0) FROM enforcement WHERE date <= ${early}) AS finesEarlyWan,
      count(*) AS hazardsTotal
    FROM h`);
  const row = reader.getRowObjectsJS()[0]!;
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])) as unknown as CalibrationFigures;
}

export function proportions(f: CalibrationFigures): Proportion[] {
  const c = CALIBRATION;
  const p = (name: string, actual: number, target: number): Proportion => ({ name, actual, target, deviation: actual / target - 1 });
  return [
    p('department share of hazards found', f.foundDepartment / f.found, c.foundDepartment / c.found),
    p('department-found rectified', f.rectifiedDepartment / f.foundDepartment, c.rectifiedDepartment / c.foundDepartment),
    p('self-check-found rectified', f.rectifiedSelf / f.foundSelf, c.rectifiedSelf / c.foundSelf),
    p('supervised share of hazards found', f.supervised / f.found, c.supervised / c.found),
    p('supervised rectified', f.supervisedRectified / f.supervised, c.supervisedRectified / c.supervised),
    p('suspended by early June per hazard found', f.suspendedEarly / f.found, c.suspendedEarly / c.found),
    p('fines by early June (万元) per hazard found', f.finesEarlyWan / f.found, c.finesEarlyWan / c.found),
    p('hazards found per 1M enterprises', (f.found / f.enterprises) * 1e6, c.found),
  ];
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dir = resolve(stringArg(args, 'data', 'public/data'));
  const conn = await openDuck();
  await attachData(conn, dir);
  const f = await computeCalibration(conn);
  const wan = (n: number) => `${(n / 1e4).toFixed(2)}万`;
  console.log(`data: ${dir}  (${f.enterprises} enterprises, ${f.hazardsTotal} hazards in total)`);
  console.log(`at ${CALIBRATION.asOf}:`);
  console.log(`  hazards found            ${wan(f.found).padStart(9)}   published 19.12万`);
  console.log(`  department found         ${wan(f.foundDepartment).padStart(9)}   published 11.38万 (rectified ${wan(f.rectifiedDepartment)}, published 8.84万)`);
  console.log(`  self-check found         ${wan(f.foundSelf).padStart(9)}   published 7.74万 (rectified ${wan(f.rectifiedSelf)}, published 6.45万)`);
  console.log(`  supervised (挂牌督办)    ${wan(f.supervised).padStart(9)}   published 3.16万 (rectified ${wan(f.supervisedRectified)}, published 2.12万)`);
  console.log(`at ${CALIBRATION.earlyAsOf}:`);
  console.log(`  enterprises suspended    ${wan(f.suspendedEarly).padStart(9)}   published 3.5万`);
  console.log(`  fines                    ${(f.finesEarlyWan / 1e4).toFixed(2)}亿元    published about 7亿元`);
  console.log('proportions (actual / target - 1):');
  for (const p of proportions(f)) {
    console.log(`  ${p.name.padEnd(44)} ${p.actual.toFixed(4).padStart(10)} vs ${p.target.toFixed(4).padStart(10)}  ${(p.deviation * 100).toFixed(1)}%`);
  }
  conn.closeSync();
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await main();
}
