import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { exportsOf, importsOf, keepExports } from '../../scripts/vite/wasmExports';
import { trimDuckdbWasm } from '../../scripts/vite/duckdbWasm';
import { ADD_FUNCTIONS } from '../../scripts/vite/duckdbWorker';

const require = createRequire(import.meta.url);

/** A module importing `env.log` and exporting functions a, b, c (returning 1, 2, 3) and the import as `log`. */
function tinyModule(): Uint8Array {
  const name = (s: string) => [s.length, ...Array.from(s, (c) => c.charCodeAt(0))];
  const section = (id: number, body: number[]) => [id, body.length, ...body];
  const constFn = (v: number) => [4, 0, 0x41, v, 0x0b]; // body size, no locals, i32.const v, end
  return new Uint8Array([
    0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(1, [2, 0x60, 0, 1, 0x7f, 0x60, 1, 0x7f, 0]), // () -> i32, (i32) -> ()
    ...section(2, [1, ...name('env'), ...name('log'), 0, 1]),
    ...section(3, [3, 0, 0, 0]),
    ...section(7, [4, ...name('a'), 0, 1, ...name('b'), 0, 2, ...name('c'), 0, 3, ...name('log'), 0, 0]),
    ...section(10, [3, ...constFn(1), ...constFn(2), ...constFn(3)]),
  ]);
}

describe('keeping only some exports of a wasm module', () => {
  it('drops the others and leaves the code working', () => {
    const wasm = tinyModule();
    expect(exportsOf(wasm).map((e) => e.name)).toEqual(['a', 'b', 'c', 'log']);
    expect(importsOf(wasm)).toEqual([{ module: 'env', name: 'log' }]);
    const trimmed = keepExports(wasm, (n) => n === 'b' || n === 'log');
    expect(exportsOf(trimmed).map((e) => e.name)).toEqual(['b', 'log']);
    const seen: number[] = [];
    const instance = new WebAssembly.Instance(new WebAssembly.Module(trimmed), { env: { log: (x: number) => seen.push(x) } });
    expect(Object.keys(instance.exports)).toEqual(['b', 'log']);
    expect((instance.exports.b as () => number)()).toBe(2);
    (instance.exports.log as (x: number) => void)(7);
    expect(seen).toEqual([7]);
  });

  it('rejects bytes that are not a module', () => {
    expect(() => exportsOf(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(/not a WebAssembly module/);
  });

  it("keeps every DuckDB export the worker script names, and drops the rest", () => {
    const wasm = new Uint8Array(readFileSync(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm')));
    const worker = readFileSync(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js'), 'utf8');
    const before = exportsOf(wasm).map((e) => e.name);
    const trimmed = trimDuckdbWasm(wasm, worker);
    expect(WebAssembly.validate(trimmed)).toBe(true);
    const after = new Set(exportsOf(trimmed).map((e) => e.name));
    const called = [...worker.matchAll(/\bduckdb_web_\w+/g)].map((m) => m[0]).filter((n) => before.includes(n));
    expect(called.length).toBeGreaterThan(30);
    for (const n of called) expect(after.has(n), n).toBe(true);
    for (const n of before.filter((x) => x.startsWith('dynCall_'))) expect(after.has(n), n).toBe(true);
    expect(after.size).toBeLessThan(before.length / 50);
  });
});

describe('giving many JavaScript functions wasm table slots at once', () => {
  it('puts a callable wasm function for each in the table and records its slot', () => {
    const worker = readFileSync(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js'), 'utf8');
    // Emscripten's own helpers, taken from the worker script the patch goes into.
    const helpers = /generateFuncType=\(e,t\)=>\{.*?\},convertJsFunctionToWasm/.exec(worker)?.[0].replace(/,convertJsFunctionToWasm$/, '');
    const uleb = /uleb128Encode=\(e,t\)=>\{.*?\}(?=,)/.exec(worker)?.[0];
    expect(helpers && uleb).toBeTruthy();
    const table = new WebAssembly.Table({ initial: 1, element: 'anyfunc' });
    const map = new WeakMap<object, number>();
    const known = Object.assign(() => 0, { sig: 'i' });
    map.set(known, 5);
    const fallback: unknown[] = [];
    const make = new Function('table', 'map', 'fallback', `var ${uleb},${helpers};
      var functionsInTableMap = map, getFunctionAddress = (f) => map.get(f) || 0, addFunction = (f) => (fallback.push(f), 99);
      var getEmptyTableSlot = () => table.grow(1), setWasmTableEntry = (i, f) => table.set(i, f);
      return ${ADD_FUNCTIONS};`) as (t: WebAssembly.Table, m: WeakMap<object, number>, f: unknown[]) => (l: [{ value: number }, unknown][]) => void;
    const calls: number[] = [];
    const inc = Object.assign((x: number) => x + 1, { sig: 'ii' });
    const note = Object.assign((x: number, y: number) => void calls.push(x, y), { sig: 'vii' });
    const unsigned = () => 5;
    const got = [{ value: 0 }, { value: 0 }, { value: 0 }, { value: 0 }, { value: 0 }];
    const before = table.length;
    make(table, map, fallback)([[got[0]!, inc], [got[1]!, note], [got[2]!, unsigned], [got[3]!, known], [got[4]!, inc]]);
    // Two names of one function share its slot: two new slots in all.
    expect(got[4]!.value).toBe(got[0]!.value);
    expect(table.length - before).toBe(2);
    expect((table.get(got[0]!.value) as (x: number) => number)(41)).toBe(42);
    (table.get(got[1]!.value) as (x: number, y: number) => void)(3, 4);
    expect(calls).toEqual([3, 4]);
    expect(map.get(inc)).toBe(got[0]!.value);
    expect(got[0]!.value).not.toBe(got[1]!.value);
    expect(got[2]!.value).toBe(99); // no signature: Emscripten's own addFunction
    expect(fallback).toEqual([unsigned]);
    expect(got[3]!.value).toBe(5); // already in the table
  });
});
