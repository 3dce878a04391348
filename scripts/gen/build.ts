// Generates the whole campaign (every record table of the data contract) from divisions and boundaries.
//   npx tsx scripts/gen/build.ts --scale small|default|large|tiny --seed 1 --out DIR
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { parseArgs, stringArg } from '../lib/args.ts';
import { openDuck } from '../lib/duck.ts';
import { ManifestBuilder } from '../lib/manifest.ts';
import { buildAccidents } from './accidents.ts';
import { buildActivities } from './activities.ts';
import { finishDams, placeVillages } from './dams.ts';
import { CALIBRATION, curveShare, INSPECTION_CURVE, PER_MILLION, SCALES, SELF_CHECK_CURVE, type GenScale } from './config.ts';
import { buildEnforcement } from './enforcement.ts';
import { buildEnterprises } from './enterprises.ts';
import { allProvinces, divisionsFile, loadDivisions, loadShapes, selectProvinces } from './geo.ts';
import { createCategoryTables } from './hazard-categories.ts';
import { buildHazardFields } from './hazard-fields.ts';
import { buildHazardRows } from './hazards.ts';
import { buildInspections } from './inspections.ts';
import { createTaxonomyTables, finishEnterprises, finishSitesGeometry, finishSitesStatus } from './objects.ts';
import { buildPlaces, readRedFlags } from './places.ts';
import { loadEnterprisePoints, placeSites, readPlaces, withTempDir, writeEnterprisePoints } from './placement.ts';
import { buildResources } from './resources.ts';
import { buildRisks } from './risks.ts';
import { buildSitesBase } from './sites.ts';
import { createMacros } from './sql.ts';
import { writeTables } from './write.ts';

export interface GenerateOptions {
  outDir: string;
  manifest: ManifestBuilder;
  scale: GenScale;
  seed: number;
  log?: (s: string) => void;
}

const ROOT = resolve(import.meta.dirname, '..', '..');

async function count(conn: DuckDBConnection, table: string): Promise<number> {
  const [r] = await (await conn.runAndReadAll(`SELECT count(*)::BIGINT AS n FROM ${table}`)).getRowObjectsJS();
  return Number(r!.n);
}

export async function generateCampaign(opts: GenerateOptions): Promise<void> {
  const log = opts.log ?? ((s: string) => console.log(s));
  const spec = SCALES[opts.scale];
  const t0 = Date.now();
  const lap = (what: string) => log(`  [gen ${((Date.now() - t0) / 1000).toFixed(1)} s] ${what}`);
  const instance = await DuckDBInstance.create(':memory:', {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  const conn = await instance.connect();
  const writer = await instance.connect();
  for (const c of [conn, writer]) await c.run("SET TimeZone = 'UTC'");
  await createMacros(conn, opts.seed);
  await createTaxonomyTables(conn);
  await createCategoryTables(conn);
  await loadDivisions(conn, opts.outDir);
  const provinces = spec.provinces ?? (await allProvinces(conn));
  await selectProvinces(conn, provinces);

  await buildPlaces(conn, spec.nationalEnterprises, readRedFlags(ROOT));
  const shapes = {
    county: await loadShapes(conn, opts.outDir, 'county', provinces),
    town: await loadShapes(conn, opts.outDir, 'town', provinces),
  };
  const places = await readPlaces(conn);
  lap('places and outlines');
  await withTempDir(async (dir) => {
    // DuckDB builds the enterprise rows while JS samples their points.
    const enterprises = buildEnterprises(conn);
    const pointsFile = await writeEnterprisePoints(places, shapes, opts.seed, dir);
    await enterprises;
    lap(`${await count(conn, 'ent')} enterprises and their points`);
    await loadEnterprisePoints(conn, pointsFile);
    await finishEnterprises(conn);
    await buildSitesBase(conn, spec.nationalEnterprises / 1e6);
    await placeSites(conn, shapes, opts.seed, dir);
    lap(`${await count(conn, 'site_geo')} sites placed`);
    // Villages need the dam points; the dams' 头顶库 flag must be known before the site risk level.
    await placeVillages(conn, shapes, opts.seed, dir);
    await finishDams(conn);
    await finishSitesGeometry(conn);
    lap(`${await count(conn, 'vil')} villages, tailings dams downstream`);
    await buildResources(conn, shapes, opts.seed, dir);
    lap(`${await count(conn, 'res')} emergency resources`);
  });
  const scale = (await count(conn, 'ent')) / 1e6;

  const nonSelf = (CALIBRATION.foundDepartment * scale) / curveShare(INSPECTION_CURVE, CALIBRATION.asOf);
  const self = (CALIBRATION.foundSelf * scale) / curveShare(SELF_CHECK_CURVE, CALIBRATION.asOf);
  const report = PER_MILLION.reportShare * nonSelf;
  const sites = await count(conn, 'site_f');
  await buildInspections(conn, scale, Math.max(0, nonSelf - sites - report));
  lap('inspections');
  await buildHazardRows(conn, { self, report });
  lap('hazard rows');
  await buildHazardFields(conn);
  lap(`${await count(conn, 'insp')} inspections, ${await count(conn, 'hz')} hazards`);

  await buildEnforcement(conn, scale);
  lap('enforcement');
  await buildRisks(conn);
  lap('risks');
  await buildActivities(conn);
  await buildAccidents(conn, scale);
  await finishSitesStatus(conn);
  lap('enforcement, risks, activities, accidents');

  await writeTables([conn, writer], opts.outDir, opts.manifest, provinces, log);
  lap('written');
  writer.closeSync();
  conn.closeSync();
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const scale = stringArg(args, 'scale', 'small') as GenScale;
  if (!(scale in SCALES)) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
  const seed = Number(stringArg(args, 'seed', '20230501'));
  const outDir = resolve(stringArg(args, 'out', 'public/data'));
  const manifest = new ManifestBuilder(outDir);
  const t0 = Date.now();
  if (!existsSync(divisionsFile(outDir))) {
    const geoModule = resolve(import.meta.dirname, '..', 'geo', 'build.ts');
    const { buildGeography } = (await import(geoModule)) as {
      buildGeography(o: { outDir: string; manifest: ManifestBuilder; log?: (s: string) => void }): Promise<void>;
    };
    await buildGeography({ outDir, manifest, log: console.log });
  } else {
    await registerExistingGeography(outDir, manifest);
  }
  await generateCampaign({ outDir, manifest, scale, seed });
  await manifest.write({ generated_at: '2024-03-31T00:00:00Z', source: 'generated', scale, seed });
  console.log(`campaign (${scale}, seed ${seed}) written to ${outDir} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/** Re-register geography files already in the folder, so the manifest stays complete. */
async function registerExistingGeography(outDir: string, manifest: ManifestBuilder): Promise<void> {
  const { readManifest } = await import('../lib/manifest.ts');
  if (!existsSync(resolve(outDir, 'manifest.json'))) return;
  const old = await readManifest(outDir);
  for (const table of ['divisions', 'boundaries']) {
    const entry = old.tables[table];
    if (!entry) continue;
    const conn = await openDuck();
    for (const f of entry.files) {
      const [r] = await (await conn.runAndReadAll(`SELECT count(*)::BIGINT AS n FROM read_parquet('${resolve(outDir, f)}')`))
        .getRowObjectsJS();
      manifest.add(table, resolve(outDir, f), Number(r!.n));
    }
    conn.closeSync();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await main();
}
