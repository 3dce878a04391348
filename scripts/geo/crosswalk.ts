// The reviewed crosswalk (data/geo/crosswalk.csv) for renames, merges and splits the rules can't infer.
import { readFileSync } from 'node:fs';
import type { Position } from './types.ts';

export type CrosswalkKind = 'rename' | 'merge' | 'part' | 'split' | 'carved';

export interface CrosswalkRow {
  code: string;
  name: string;
  oldCodes: string[];
  kind: CrosswalkKind;
  approximate: boolean;
  seats: Position[];
  source: string;
  note: string;
}

const KINDS: CrosswalkKind[] = ['rename', 'merge', 'part', 'split', 'carved'];

export const CROSSWALK_FILE = new URL('../../data/geo/crosswalk.csv', import.meta.url);

export function parseCrosswalk(text: string): CrosswalkRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift()?.split(',') ?? [];
  return lines.map((line, i) => {
    const cells = line.split(',');
    if (cells.length !== header.length) throw new Error(`crosswalk line ${i + 2}: expected ${header.length} cells`);
    const get = (k: string): string => (cells[header.indexOf(k)] ?? '').trim();
    const kind = get('kind') as CrosswalkKind;
    if (!KINDS.includes(kind)) throw new Error(`crosswalk line ${i + 2}: unknown kind ${kind}`);
    const seats = get('seats').split(';').map((s) => s.trim()).filter(Boolean)
      .map((s) => s.split(/\s+/).map(Number) as Position);
    return {
      code: get('code'), name: get('name'), oldCodes: get('old_codes').split(/\s+/).filter(Boolean), kind,
      approximate: get('approximate') === 'true', seats, source: get('source'), note: get('note'),
    };
  });
}

export function loadCrosswalk(): CrosswalkRow[] {
  return parseCrosswalk(readFileSync(CROSSWALK_FILE, 'utf8'));
}
