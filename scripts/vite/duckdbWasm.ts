// DuckDB's wasm without the exports nothing calls (see docs/architecture.md, "Start-up").
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { exportsOf, importsOf, keepExports } from './wasmExports.ts';

const WASM = '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm';
const WORKER = '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js';
const VIRTUAL = '\0hazard-map-duckdb-eh-wasm-url';

/**
 * duckdb-wasm is built as an Emscripten main module that side modules (extensions) may link
 * against, so it exports all 75,011 of its symbols: a 7.4 MB export section that V8 validates and
 * turns into an exports object, and that Emscripten's linker walks, on every start. We never load
 * extensions (autoload is off). Kept: every export the worker script names, bare or with
 * Emscripten's `_` prefix (the `duckdb_web_*` entry points, malloc, the exception helpers…), the
 * `dynCall_*` trampolines (looked up by a name built at run time) and anything the module imports
 * through its GOT.
 */
export function duckdbExportsToKeep(wasm: Uint8Array, workerSource: string): (name: string) => boolean {
  const named = new Set(workerSource.match(/[A-Za-z_$][\w$]*/g));
  const imported = new Set(importsOf(wasm).map((i) => i.name));
  return (name) => named.has(name) || named.has(`_${name}`) || name.startsWith('dynCall_') || imported.has(name);
}

export function trimDuckdbWasm(wasm: Uint8Array, workerSource: string): Uint8Array<ArrayBuffer> {
  const trimmed = keepExports(wasm, duckdbExportsToKeep(wasm, workerSource));
  const kept = exportsOf(trimmed).map((e) => e.name);
  // The entry points duckdb-wasm's bindings call must survive, or the pattern above is wrong.
  for (const must of ['duckdb_web_open', 'duckdb_web_query_run', 'malloc', 'free', '__wasm_call_ctors']) {
    if (!kept.includes(must)) throw new Error(`${WASM}: export ${must} would be dropped; update scripts/vite/duckdbWasm.ts`);
  }
  return trimmed;
}

/** Serves `…duckdb-eh.wasm?url` as the trimmed module (builds only; dev serves the original). */
export function trimmedDuckdbWasm(): Plugin {
  return {
    name: 'hazard-map-duckdb-wasm',
    apply: 'build',
    enforce: 'pre',
    resolveId(source) {
      return source === `${WASM}?url` ? VIRTUAL : undefined;
    },
    load(id) {
      if (id !== VIRTUAL) return undefined;
      const require = createRequire(import.meta.url);
      const wasm = new Uint8Array(readFileSync(require.resolve(WASM)));
      const source = trimDuckdbWasm(wasm, readFileSync(require.resolve(WORKER), 'utf8'));
      const ref = this.emitFile({ type: 'asset', name: 'duckdb-eh.wasm', source });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
