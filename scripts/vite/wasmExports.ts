// Reads a wasm module's imports and exports, and rewrites its export section keeping only the
// exports a predicate accepts. Nothing else of the module changes (indices stay as they are).

const IMPORT_SECTION = 2;
const EXPORT_SECTION = 7;

class Reader {
  constructor(readonly bytes: Uint8Array, public at = 0) {}

  u32(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.bytes[this.at++];
      if (b === undefined) throw new Error('wasm: truncated LEB128');
      result += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return result;
      shift += 7;
    }
  }

  name(): string {
    const n = this.u32();
    const s = new TextDecoder().decode(this.bytes.subarray(this.at, this.at + n));
    this.at += n;
    return s;
  }
}

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return out;
}

interface Section {
  id: number;
  /** Offset of the section's id byte, of its contents, and the contents' length. */
  head: number;
  start: number;
  size: number;
}

function section(wasm: Uint8Array, id: number): Section | undefined {
  if (wasm[0] !== 0 || wasm[1] !== 0x61 || wasm[2] !== 0x73 || wasm[3] !== 0x6d) throw new Error('wasm: not a WebAssembly module');
  const r = new Reader(wasm, 8);
  while (r.at < wasm.length) {
    const head = r.at;
    const sid = wasm[r.at++]!;
    const size = r.u32();
    if (sid === id) return { id, head, start: r.at, size };
    r.at += size;
  }
  return undefined;
}

/** The module's exports: name and kind (0 function, 1 table, 2 memory, 3 global, 4 tag). */
export function exportsOf(wasm: Uint8Array): { name: string; kind: number }[] {
  const s = section(wasm, EXPORT_SECTION);
  if (!s) return [];
  const r = new Reader(wasm, s.start);
  return Array.from({ length: r.u32() }, () => {
    const name = r.name();
    const kind = wasm[r.at++]!;
    r.u32();
    return { name, kind };
  });
}

/** The module's imports: module and field name. */
export function importsOf(wasm: Uint8Array): { module: string; name: string }[] {
  const s = section(wasm, IMPORT_SECTION);
  if (!s) return [];
  const r = new Reader(wasm, s.start);
  return Array.from({ length: r.u32() }, () => {
    const module = r.name();
    const name = r.name();
    const kind = wasm[r.at++]!;
    if (kind === 0) r.u32(); // function: type index
    else if (kind === 1 || kind === 2) {
      if (kind === 1) r.at++; // table: element type
      const flags = r.u32();
      r.u32();
      if (flags & 1) r.u32();
    } else if (kind === 3) r.at += 2; // global: value type, mutability
    else if (kind === 4) {
      r.at++; // tag: attribute, type index
      r.u32();
    } else throw new Error(`wasm: unknown import kind ${kind}`);
    return { module, name };
  });
}

/** The module with only the exports `keep` accepts. */
export function keepExports(wasm: Uint8Array, keep: (name: string) => boolean): Uint8Array<ArrayBuffer> {
  const s = section(wasm, EXPORT_SECTION);
  if (!s) return new Uint8Array(wasm);
  const r = new Reader(wasm, s.start);
  const count = r.u32();
  const kept: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const from = r.at;
    const name = r.name();
    r.at++;
    r.u32();
    if (keep(name)) kept.push(wasm.subarray(from, r.at));
  }
  const countBytes = uleb(kept.length);
  const bodySize = countBytes.length + kept.reduce((n, k) => n + k.length, 0);
  const head = [EXPORT_SECTION, ...uleb(bodySize), ...countBytes];
  const tail = wasm.subarray(s.start + s.size);
  const out = new Uint8Array(s.head + head.length + bodySize - countBytes.length + tail.length);
  out.set(wasm.subarray(0, s.head), 0);
  let at = s.head + head.length;
  out.set(head, s.head);
  for (const k of kept) {
    out.set(k, at);
    at += k.length;
  }
  out.set(tail, at);
  return out;
}
