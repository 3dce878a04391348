// A hash of everything that shapes the generated data (generator code, taxonomy, red-flag list), so
// cached datasets can tell when they are stale.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
const INPUTS = ['scripts/gen', 'src/domain', 'data/gen'];
/** Files of src/domain the generator reads (the taxonomy, the rules of the four lists); others do not shape the data. */
const DOMAIN = /^(taxonomy|enums|sectors|phases|lists|criteria-.*)\.ts$/;
const FINGERPRINT_FILE = '.generator-fingerprint';

export function generatorFingerprint(): string {
  const hash = createHash('sha256');
  for (const dir of INPUTS) {
    for (const f of readdirSync(join(ROOT, dir)).sort()) {
      if (!/\.(ts|json)$/.test(f) || (dir === 'src/domain' && !DOMAIN.test(f))) continue;
      hash.update(`${dir}/${f}`);
      hash.update(readFileSync(join(ROOT, dir, f)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** Removes a cached dataset folder built by an older generator. */
export function dropIfStale(dir: string): void {
  const marker = join(dir, FINGERPRINT_FILE);
  if (existsSync(dir) && (!existsSync(marker) || readFileSync(marker, 'utf8') !== generatorFingerprint())) {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function markFresh(dir: string): void {
  writeFileSync(join(dir, FINGERPRINT_FILE), generatorFingerprint());
}
