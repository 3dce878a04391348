// `npm start`: build the data when missing, build the site, serve it on 127.0.0.1 and print the URL.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, stringArg } from './lib/args';
import { serve } from './lib/server';
import { PIPELINE_VERSION, runPipeline, type Scale } from './data';

const args = parseArgs(process.argv.slice(2));
const dataDir = resolve(stringArg(args, 'data', 'public/data'));
const manifestPath = resolve(dataDir, 'manifest.json');
const stale = (() => {
  if (!existsSync(manifestPath)) return 'no data';
  const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as { source?: string; pipeline?: number };
  return m.source === 'generated' && m.pipeline !== PIPELINE_VERSION ? 'data from an older pipeline' : null;
})();
if (stale) {
  console.log(`${stale} at ${dataDir}: building it (npm run data) …`);
  await runPipeline({ scale: stringArg(args, 'scale', 'default') as Scale, seed: 20230501, outDir: dataDir });
}
if (!args['no-build']) execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
const { url } = await serve({ root: resolve('dist'), dataDir, port: Number(stringArg(args, 'port', '5173')) });
console.log(`\n隐患一张图 is running: ${url}\n`);
