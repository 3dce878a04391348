import { levelOfCode, type Level } from './division';

const NEXT: Record<Level, Level | null> = { province: 'city', city: 'county', county: 'town', town: null };

/** The level one step below a jurisdiction (provinces below the whole country). */
export function childLevel(division: string | null): Level | null {
  return division === null ? 'province' : NEXT[levelOfCode(division)];
}
