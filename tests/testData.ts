// Datasets for tests, built once by the real pipeline into .cache/test-data/<scale> and reused.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PIPELINE_VERSION, runPipeline, type Scale } from '../scripts/data';
import { dropIfStale, markFresh } from '../scripts/gen/fingerprint';

export const TEST_SEED = 20230501;

export function testDataDir(scale: Scale): string {
  return resolve(import.meta.dirname, '..', '.cache', 'test-data', scale);
}

/** Build the dataset of `scale` unless an up-to-date one is cached; returns its folder. */
export async function ensureTestData(scale: Scale): Promise<string> {
  const dir = testDataDir(scale);
  const manifest = resolve(dir, 'manifest.json');
  if (existsSync(manifest)) {
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as { scale?: string; seed?: number; pipeline?: number };
    if (m.scale === scale && (scale === 'sample' || m.seed === TEST_SEED) && m.pipeline === PIPELINE_VERSION) return dir;
  }
  await runPipeline({ scale, seed: TEST_SEED, outDir: dir, log: () => undefined });
  return dir;
}

/** The small dataset, rebuilt when the generator's code changed since it was cached (generator tests). */
export async function freshSmallData(): Promise<string> {
  dropIfStale(testDataDir('small'));
  const dir = await ensureTestData('small');
  markFresh(dir);
  return dir;
}
