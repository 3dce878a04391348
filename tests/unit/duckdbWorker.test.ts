import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { patchWorker } from '../../scripts/vite/duckdbWorker';

const worker = readFileSync(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js'), 'utf8');

describe('the DuckDB worker patch', () => {
  it('applies to the installed duckdb-wasm and still parses', () => {
    const patched = patchWorker(worker);
    expect(patched).not.toContain('Object.entries(e))(l=>{isSymbolDefined(l)');
    expect(patched).toContain('updateGOT=(e,t)=>{for(var r in e)if((GOT[r]||r.startsWith("orig$"))');
    expect(patched).toContain('hmAddFunctions(hmFns)');
    expect(patched).not.toContain('if(typeof r=="function")t.value=addFunction(r,r.sig)');
    expect(() => new Function(patched)).not.toThrow();
  });

  it('fails the build when the code it patches is not there exactly once', () => {
    expect(() => patchWorker('var x = 1;')).toThrow(/not found exactly once/);
    expect(() => patchWorker(worker + worker)).toThrow(/not found exactly once/);
  });
});
