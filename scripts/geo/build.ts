// Step 1 of `npm run data`: divisions and boundaries of China down to the town, in WGS-84.
// Alone: npx tsx scripts/geo/build.ts --out /tmp/geo [--no-cache]
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, stringArg } from '../lib/args.ts';
import { ManifestBuilder } from '../lib/manifest.ts';
import { cacheKey, CACHE_ROOT, packageVersions } from './cache.ts';
import { computeGeography } from './compute.ts';
import { loadCrosswalk } from './crosswalk.ts';
import { buildReport, summaryLines } from './report.ts';
import { writeGeography, type WrittenFile } from './write.ts';

export interface GeographyOptions {
  outDir: string;
  manifest: ManifestBuilder;
  log?: (s: string) => void;
  /** Rebuild even if the cache holds this version. */
  fresh?: boolean;
}

export const REPORT_FILE = 'geo-report.json';
const FILES = 'files.json';

async function buildInto(dir: string, log: (s: string) => void): Promise<void> {
  const started = Date.now();
  const tmp = `${dir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  const geo = await computeGeography(log);
  const t = Date.now();
  const files = await writeGeography(geo, tmp);
  log(`geo: parquet ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const report = buildReport(geo, loadCrosswalk(), packageVersions());
  summaryLines(report).forEach((line) => log(line));
  const reportText = JSON.stringify(report, null, 2) + '\n';
  await writeFile(join(tmp, REPORT_FILE), reportText);
  await writeFile(join(tmp, FILES), JSON.stringify(files, null, 2) + '\n');
  for (const old of await readdir(CACHE_ROOT)) {
    if (/^[0-9a-f]{16}$/.test(old) && join(CACHE_ROOT, old) !== dir) await rm(join(CACHE_ROOT, old), { recursive: true, force: true });
  }
  // Another process may have finished the same build meanwhile: its copy is identical.
  if (existsSync(join(dir, FILES))) {
    await rm(tmp, { recursive: true, force: true });
  } else {
    await rm(dir, { recursive: true, force: true });
    await rename(tmp, dir);
  }
  await writeFile(join(CACHE_ROOT, 'reconciliation.json'), reportText);
  log(`geo: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export async function buildGeography(opts: GeographyOptions): Promise<void> {
  const log = opts.log ?? ((s: string) => console.log(s));
  const key = cacheKey();
  const dir = join(CACHE_ROOT, key);
  if (opts.fresh || !existsSync(join(dir, FILES))) {
    await mkdir(CACHE_ROOT, { recursive: true });
    if (opts.fresh) await rm(dir, { recursive: true, force: true });
    await buildInto(dir, log);
  } else {
    log(`geo: using cache .cache/geo/${key}`);
  }
  const files = JSON.parse(await readFile(join(dir, FILES), 'utf8')) as WrittenFile[];
  for (const f of files) {
    const target = join(opts.outDir, f.file);
    await mkdir(dirname(target), { recursive: true });
    await cp(join(dir, f.file), target);
    opts.manifest.add(f.table, target, f.rows);
  }
  await cp(join(dir, REPORT_FILE), join(opts.outDir, REPORT_FILE));
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const outDir = resolve(stringArg(args, 'out', 'public/data'));
  const manifest = new ManifestBuilder(outDir);
  const t = Date.now();
  await buildGeography({ outDir, manifest, fresh: args['no-cache'] === true });
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const generatedAt = new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString();
  await manifest.write({ generated_at: generatedAt, source: 'geography' });
  console.log(`geo: wrote ${outDir} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
