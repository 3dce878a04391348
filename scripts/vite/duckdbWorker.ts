// Build-time changes to how DuckDB's worker starts (see docs/architecture.md, "Start-up").
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const WORKER = '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js';
const VIRTUAL = '\0hazard-map-duckdb-eh-worker-url';

/**
 * `addFunction` for many JavaScript functions at once. DuckDB's module imports 265 JavaScript
 * functions through its GOT (164 `emscripten_gl*`, 95 OpenAL, 6 console; never called); Emscripten
 * gave each a table slot by compiling and instantiating a one-function wasm module after a caught
 * `TypeError` (60–130 ms). Here one module imports them all and re-exports them as wasm functions;
 * each function gets one slot as before (two GL names share a function, and its slot).
 */
export const ADD_FUNCTIONS = `l=>{var q=[];for(var[g,f]of l){var a=getFunctionAddress(f);a?g.value=a:f.sig?q.push([g,f]):g.value=addFunction(f,f.sig)}
if(!q.length)return;var L=(n,o)=>{do{var b=n&127;n>>>=7;o.push(n?b|128:b)}while(n)},T={},nt=0,ty=[],im=[],ex=[],imp={},m=[0,97,115,109,1,0,0,0];
var N=(s,o)=>{L(s.length,o);for(var c of s)o.push(c.charCodeAt(0))},S=(id,n,b)=>{var c=[];L(n,c);for(var x of b)c.push(x);m.push(id);L(c.length,m);for(var x of c)m.push(x)};
q.forEach(([g,f],i)=>{var s=f.sig;if(!(s in T)){T[s]=nt++;generateFuncType(s,ty)}im.push(1,101);N(String(i),im);im.push(0);L(T[s],im);N(String(i),ex);ex.push(0);L(i,ex);imp[i]=f});
S(1,nt,ty);S(2,q.length,im);S(7,q.length,ex);var I=new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array(m)),{e:imp});
q.forEach(([g,f],i)=>{var n=functionsInTableMap.get(f);if(!n){n=getEmptyTableSlot();setWasmTableEntry(n,I.exports[i]);functionsInTableMap.set(f,n)}g.value=n})}`.replace(/\n/g, '');

/**
 * Emscripten's dynamic linker (kept in duckdb-wasm for extensions, which we never load) walks all
 * 75,011 of DuckDB's exports four times when the worker starts (DuckDB ready 3.4 s after navigation, 3.0 s once patched):
 * - `updateGOT` gave every export a GOT entry (a new `WebAssembly.Global`) and every exported
 *   function a function-table slot (65,167 `table.grow(1)` calls). Only the 268 entries the module
 *   imports are read; an entry a later side module asks for is created on demand and resolved by
 *   Emscripten's `reportUndefinedSymbols`, so exports without an entry are skipped;
 * - `registerDynCallSymbols` and `mergeLibSymbols` built a `[key, value]` array per export
 *   (`Object.entries`): they iterate keys instead;
 * - `applySignatureConversions` copied the exports object that its only caller had just built.
 * Each patch must match exactly once, so a duckdb-wasm upgrade fails the build instead of silently
 * dropping a patch.
 */
const PATCHES: [string, string][] = [
  [
    'updateGOT=(e,t)=>{for(var r in e)if(!isInternalSym(r)){var n=e[r];r.startsWith("orig$")&&(r=r.split("$")[1],t=!0),GOT[r]||(GOT[r]=new WebAssembly.Global({value:"i32",mutable:!0})),(t||GOT[r].value==0)&&',
    'updateGOT=(e,t)=>{for(var r in e)if((GOT[r]||r.startsWith("orig$"))&&!isInternalSym(r)){var n=e[r];r.startsWith("orig$")&&(r=r.split("$")[1],t=!0),GOT[r]&&(t||GOT[r].value==0)&&',
  ],
  [
    'registerDynCallSymbols=e=>{for(var[t,r]of Object.entries(e))t.startsWith("dynCall_")&&!Module.hasOwnProperty(t)&&(Module[t]=r)}',
    'registerDynCallSymbols=e=>{for(var t in e)t.startsWith("dynCall_")&&!Module.hasOwnProperty(t)&&(Module[t]=e[t])}',
  ],
  [
    'for(var[r,n]of Object.entries(e))(l=>{isSymbolDefined(l)||(wasmImports[l]=n)})(r)}',
    'for(var r in e)isSymbolDefined(r)||(wasmImports[r]=e[r])}',
  ],
  ['function applySignatureConversions(e){e=Object.assign({},e);', 'function applySignatureConversions(e){'],
  [
    'reportUndefinedSymbols=()=>{for(var[e,t]of Object.entries(GOT))if(t.value==0){var r=resolveGlobalSymbol(e,!0).sym;if(!r&&!t.required)continue;if(typeof r=="function")t.value=addFunction(r,r.sig);else if',
    'reportUndefinedSymbols=()=>{var hmFns=[];for(var[e,t]of Object.entries(GOT))if(t.value==0){var r=resolveGlobalSymbol(e,!0).sym;if(!r&&!t.required)continue;if(typeof r=="function")hmFns.push([t,r]);else if',
  ],
  ['.concat(typeof r))}},loadDylibs=', `.concat(typeof r))}hmAddFunctions(hmFns)},hmAddFunctions=${ADD_FUNCTIONS},loadDylibs=`],
];

export function patchWorker(source: string): string {
  return PATCHES.reduce((s, [from, to]) => {
    const at = s.indexOf(from);
    if (at < 0 || s.indexOf(from, at + 1) >= 0) {
      throw new Error(`${WORKER}: the code to patch was not found exactly once; update scripts/vite/duckdbWorker.ts for this duckdb-wasm version`);
    }
    return s.replace(from, to);
  }, source);
}

/** Serves `…duckdb-browser-eh.worker.js?url` as the patched worker (builds only; dev serves the original). */
export function patchedDuckdbWorker(): Plugin {
  return {
    name: 'hazard-map-duckdb-worker',
    apply: 'build',
    enforce: 'pre',
    resolveId(source) {
      return source === `${WORKER}?url` ? VIRTUAL : undefined;
    },
    load(id) {
      if (id !== VIRTUAL) return undefined;
      const file = createRequire(import.meta.url).resolve(WORKER);
      const ref = this.emitFile({ type: 'asset', name: 'duckdb-browser-eh.worker.js', source: patchWorker(readFileSync(file, 'utf8')) });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

/**
 * Starts DuckDB's worker, and asks it to instantiate the wasm, from an inline script at the top of
 * index.html, before any module is fetched. The worker's 0.8 MB script then parses, and the 34 MB
 * wasm downloads and compiles, while the app's modules load. Without it the instantiate message
 * waited for the main thread (Chromium hands early messages to a starting worker from the page's
 * thread, which was busy evaluating the app and decoding the first table): up to a second later.
 * The script speaks duckdb-wasm's worker protocol for this one request (message 0, INSTANTIATE);
 * src/db/engine.ts adopts the worker once it answers, when it chose the same bundle.
 */
export function earlyDuckdbWorker(): Plugin {
  return {
    name: 'hazard-map-early-duckdb-worker',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const files = Object.keys(ctx.bundle ?? {});
        const worker = files.find((f) => /duckdb-browser-eh\.worker-[^/]*\.js$/.test(f));
        const wasm = files.find((f) => /duckdb-eh-[^/]*\.wasm$/.test(f));
        if (!worker || !wasm) throw new Error('earlyDuckdbWorker: the DuckDB worker or wasm is missing from the bundle');
        return { html, tags: [{ tag: 'script', children: earlyScript(worker, wasm), injectTo: 'head-prepend' }] };
      },
    },
  };
}

function earlyScript(worker: string, wasm: string): string {
  // The same probe as duckdb-wasm's selectBundle: a module using wasm exception handling.
  const probe = '[0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,10,8,1,6,0,6,64,25,11,11]';
  return `try{if(WebAssembly.validate(new Uint8Array(${probe}))){(function(){
var u=new URL('./${worker}',location.href).href,m=new URL('./${wasm}',location.href).href,w=new Worker(u);
var p=new Promise(function(ok,no){w.addEventListener('message',function h(e){var d=e.data;if(d&&d.requestId===0&&(d.type==='OK'||d.type==='ERROR')){w.removeEventListener('message',h);d.type==='OK'?ok():no(new Error(d.data&&d.data.message))}});w.addEventListener('error',function(){no(new Error('无法加载 DuckDB 的 worker 脚本 '+u))})});
p.catch(function(){});w.postMessage({messageId:0,type:'INSTANTIATE',data:[m,null]});
window.__hmEarlyWorker={url:u,wasm:m,worker:w,instantiated:p}})()}}catch(e){}`;
}
