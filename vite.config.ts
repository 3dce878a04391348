import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { earlyDuckdbWorker, patchedDuckdbWorker } from './scripts/vite/duckdbWorker.ts';
import { trimmedDuckdbWasm } from './scripts/vite/duckdbWasm.ts';

/**
 * Writes `<asset>.gz` next to every script, style and wasm of the build, for servers that send
 * pre-compressed files (ours, nginx `gzip_static`): DuckDB's 34 MB wasm is not compressed per visit.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'hazard-map-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const dir = join(outDir, 'assets');
      for (const name of readdirSync(dir).filter((n) => /\.(js|mjs|css|wasm)$/.test(n))) {
        writeFileSync(join(dir, `${name}.gz`), gzipSync(readFileSync(join(dir, name)), { level: 6 }));
      }
    },
  };
}

// base './' so the built site works from any folder of any static web server.
export default defineConfig({
  base: './',
  plugins: [patchedDuckdbWorker(), trimmedDuckdbWasm(), react(), precompress(), earlyDuckdbWorker()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    copyPublicDir: true,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
});
