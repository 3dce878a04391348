// The whole geography in memory: divisions with label points and areas, and boundaries per level.
import { loadCrosswalk } from './crosswalk.ts';
import { loadDivisions, type DivisionSet } from './divisions.ts';
import { areaKm2, jitterInside, labelPoint } from './labels.ts';
import { dissolveLevels } from './outlines.ts';
import { loadCityPackage, loadCountyPackage } from './packages.ts';
import { reconcile, type Lacking, type Matching } from './reconcile.ts';
import { splitPieces } from './split.ts';
import { townAreas } from './towns.ts';
import type { Division, Geometry, Level, Piece, Position } from './types.ts';

export interface DivisionRow extends Division {
  label: Position;
  areaKm2: number | null;
  hasBoundary: boolean;
  boundaryApproximate: boolean;
}

export interface BoundaryRow {
  code: string;
  level: Level;
  name: string;
  provinceCode: string;
  approximate: boolean;
  geometry: Geometry;
}

export interface Geography {
  divisions: DivisionRow[];
  boundaries: BoundaryRow[];
  matching: Matching;
  divisionSet: DivisionSet;
}

type Log = (s: string) => void;

const LEVELS: Level[] = ['province', 'city', 'county', 'town'];
/** Codes are unique within a level; 东莞, 中山 and 儋州 have a county row under the city's own code. */
const key = (d: Division): string => `${d.level}:${d.code}`;
export const compareCodes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function timed<T>(log: Log, what: string, f: () => T): T {
  const t = Date.now();
  const out = f();
  log(`geo: ${what} ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return out;
}

const noOutline = { areaKm2: null, hasBoundary: false, boundaryApproximate: false };

/**
 * A label for a county without an outline: inside the old county its territory came from (per the
 * crosswalk), else near its city's label inside the city outline (functional zones).
 */
function placeWithout(c: Division, lacking: Lacking | undefined, cities: Map<string, Geometry>,
  rows: Map<string, DivisionRow>): Position {
  const container = lacking?.containers[0]?.geometry;
  if (container) return jitterInside(container, labelPoint(container), 0.05, c.code);
  return jitterInside(cities.get(c.cityCode!)!, rows.get(`city:${c.cityCode}`)!.label, 0.1, c.code);
}

function piecesOf(m: Matching): Piece[] {
  const pieces: Piece[] = [];
  for (const a of [...m.assignments.values()].sort((x, y) => compareCodes(x.code, y.code))) {
    for (const f of a.features) pieces.push({ county: a.code, approximate: a.approximate, geometry: f.geometry });
  }
  for (const job of m.splits) pieces.push(...splitPieces(job));
  return pieces;
}

export async function computeGeography(log: Log): Promise<Geography> {
  const div = timed(log, 'divisions', loadDivisions);
  const provinceName = new Map(div.provinces.map((p) => [p.code, p.name]));
  const pkg = timed(log, 'county package (GCJ-02 → WGS-84)', loadCountyPackage);
  const matching = timed(log, 'reconciliation', () => reconcile(div, pkg, loadCrosswalk(),
    (city) => loadCityPackage(city.name, provinceName.get(city.provinceCode) ?? '')));
  const pieces = timed(log, 'pieces and splits', () => piecesOf(matching));
  const countyByCode = new Map(div.counties.map((c) => [c.code, c]));
  let t = Date.now();
  const outlines = await dissolveLevels(pieces, countyByCode);
  log(`geo: dissolve and simplify ${((Date.now() - t) / 1000).toFixed(1)} s`);

  const approx = new Set(pieces.filter((p) => p.approximate).map((p) => p.county));
  const pieceArea = new Map<string, number>();
  for (const p of pieces) pieceArea.set(p.county, (pieceArea.get(p.county) ?? 0) + areaKm2(p.geometry));
  const rows = new Map<string, DivisionRow>();
  const boundaries: BoundaryRow[] = [];
  const withOutline = (d: Division, g: Geometry | undefined, area: number | null, approximate: boolean): void => {
    if (!g) throw new Error(`no outline for ${d.level} ${d.code} ${d.name}`);
    rows.set(key(d), { ...d, label: labelPoint(g), areaKm2: area, hasBoundary: true, boundaryApproximate: approximate });
    boundaries.push({ code: d.code, level: d.level, name: d.name, provinceCode: d.provinceCode, approximate, geometry: g });
  };
  const sumBy = (of: (c: Division) => string | null, code: string): number =>
    div.counties.filter((c) => of(c) === code).reduce((s, c) => s + (pieceArea.get(c.code) ?? 0), 0);
  for (const p of div.provinces) withOutline(p, outlines.province.get(p.code), sumBy((c) => c.provinceCode, p.code), false);
  for (const c of div.cities) withOutline(c, outlines.city.get(c.code), sumBy((x) => x.cityCode, c.code), false);

  const lackingBy = new Map(matching.lacking.map((l) => [l.code, l]));
  for (const c of div.counties) {
    const g = outlines.county.get(c.code);
    if (g) withOutline(c, g, pieceArea.get(c.code) ?? null, approx.has(c.code));
    else rows.set(key(c), { ...c, ...noOutline, label: placeWithout(c, lackingBy.get(c.code), outlines.city, rows) });
  }

  t = Date.now();
  const seats = new Map<string, Position>();
  for (const a of matching.assignments.values()) {
    const seat = a.features.find((f) => f.seat)?.seat;
    if (seat) seats.set(a.code, seat);
  }
  const townsBy = new Map<string, Division[]>();
  for (const town of div.towns) {
    const list = townsBy.get(town.countyCode!);
    if (list) list.push(town); else townsBy.set(town.countyCode!, [town]);
  }
  for (const c of div.counties) {
    const towns = (townsBy.get(c.code) ?? []).sort((a, b) => compareCodes(a.code, b.code));
    const g = outlines.county.get(c.code);
    if (!g) {
      const city = outlines.city.get(c.cityCode!)!;
      const around = rows.get(key(c))!.label;
      for (const town of towns) rows.set(key(town), { ...town, ...noOutline, label: jitterInside(city, around, 0.03, town.code) });
      continue;
    }
    townAreas(g, towns, seats.get(c.code) ?? null).forEach((area, i) => {
      const town = towns[i]!;
      const has = area.geometry !== null;
      rows.set(key(town), { ...town, label: area.label, areaKm2: area.areaKm2, hasBoundary: has, boundaryApproximate: has });
      if (area.geometry) {
        boundaries.push({ code: town.code, level: 'town', name: town.name, provinceCode: town.provinceCode, approximate: true, geometry: area.geometry });
      }
    });
  }
  log(`geo: town areas ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const divisions = [...rows.values()].sort((a, b) => compareCodes(a.code, b.code) || LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
  return { divisions, boundaries, matching, divisionSet: div };
}
