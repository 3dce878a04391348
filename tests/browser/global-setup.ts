import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/lib/server';
import { ensureTestData } from '../testData';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    dataDir: string;
    distDir: string;
  }
}

/** Serve the built site (npm test builds it first) with the small test dataset mounted at /data/. */
export default async function setup(project: TestProject) {
  const distDir = resolve(import.meta.dirname, '../../dist');
  if (!existsSync(resolve(distDir, 'index.html'))) throw new Error('dist/ is missing: run `vite build` first (npm test does)');
  const dataDir = await ensureTestData('small');
  const { url, close } = await serve({ root: distDir, dataDir });
  project.provide('baseUrl', url);
  project.provide('dataDir', dataDir);
  project.provide('distDir', distDir);
  return close;
}
