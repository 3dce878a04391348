// `npm run data`: the pipeline's single entry point.
//   --scale sample|small|default|large   (default: default)
//   --seed N                              (default: 20230501)
//   --out DIR                             (default: public/data)
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs, stringArg } from './lib/args';
import { openDuck } from './lib/duck';
import { ManifestBuilder } from './lib/manifest';
import { buildSample } from './sample/build';

export type Scale = 'sample' | 'small' | 'default' | 'large';

/** Bump when the pipeline's output changes shape, so cached datasets (tests, npm start) are rebuilt. */
export const PIPELINE_VERSION = 3;

interface StepOptions {
  outDir: string;
  manifest: ManifestBuilder;
  log: (s: string) => void;
}
interface GeoStep { buildGeography(o: StepOptions): Promise<void> }
interface GenStep { generateCampaign(o: StepOptions & { scale: Exclude<Scale, 'sample'>; seed: number }): Promise<void> }
const SCALES: Scale[] = ['sample', 'small', 'default', 'large'];

export async function runPipeline(opts: { scale: Scale; seed: number; outDir: string; log?: (s: string) => void }) {
  const log = opts.log ?? ((s: string) => console.log(s));
  const t0 = Date.now();
  const manifest = new ManifestBuilder(opts.outDir);
  const geoModule = resolve(import.meta.dirname, 'geo/build.ts');
  const genModule = resolve(import.meta.dirname, 'gen/build.ts');
  if (opts.scale === 'sample' || !existsSync(geoModule) || !existsSync(genModule)) {
    if (opts.scale !== 'sample') log('geography or generator step missing: writing the small sample (示例数据) instead');
    await buildSample(await openDuck(), opts.outDir, manifest);
    await manifest.write({ generated_at: '2023-09-15T00:00:00Z', source: 'sample', scale: 'sample', seed: 0, pipeline: PIPELINE_VERSION });
  } else {
    await rm(opts.outDir, { recursive: true, force: true });
    const { buildGeography } = (await import(geoModule)) as GeoStep;
    const { generateCampaign } = (await import(genModule)) as GenStep;
    await buildGeography({ outDir: opts.outDir, manifest, log });
    await generateCampaign({ outDir: opts.outDir, manifest, scale: opts.scale, seed: opts.seed, log });
    // generated_at is fixed by the seed, not the clock, so two runs give identical output.
    await manifest.write({ generated_at: '2024-03-31T00:00:00Z', source: 'generated', scale: opts.scale, seed: opts.seed, pipeline: PIPELINE_VERSION });
  }
  log(`data written to ${opts.outDir} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = parseArgs(process.argv.slice(2));
  const scale = stringArg(args, 'scale', 'default') as Scale;
  if (!SCALES.includes(scale)) throw new Error(`--scale must be one of ${SCALES.join(', ')}`);
  await runPipeline({ scale, seed: Number(stringArg(args, 'seed', '20230501')), outDir: resolve(stringArg(args, 'out', 'public/data')) });
}
