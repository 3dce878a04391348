// County, city and province outlines: pieces dissolved by code with mapshaper (shared borders
// match exactly), then simplified for the zoom each level is drawn at.
import mapshaper from 'mapshaper';
import type { Division, Geometry, Piece } from './types.ts';

export type OutlineLevel = 'province' | 'city' | 'county';

/** Simplification interval per level, in metres (mapshaper -simplify interval=). */
export const INTERVALS: Record<OutlineLevel, number> = { province: 1500, city: 800, county: 250 };

interface OutFeature { properties: Record<string, string>; geometry: Geometry | null }

function parse(out: Record<string, string | Uint8Array>, file: string, field: OutlineLevel): Map<string, Geometry> {
  const raw = out[file];
  if (raw === undefined) throw new Error(`mapshaper wrote no ${file}`);
  const text = typeof raw === 'string' ? raw : Buffer.from(raw).toString('utf8');
  const result = new Map<string, Geometry>();
  for (const f of (JSON.parse(text) as { features: OutFeature[] }).features) {
    const code = f.properties[field];
    if (code && f.geometry) result.set(code, f.geometry);
  }
  return result;
}

export async function dissolveLevels(pieces: Piece[], counties: Map<string, Division>):
  Promise<Record<OutlineLevel, Map<string, Geometry>>> {
  const features = pieces.map((p) => {
    const c = counties.get(p.county);
    if (!c) throw new Error(`piece for unknown county ${p.county}`);
    return { type: 'Feature', properties: { county: c.code, city: c.cityCode, province: c.provinceCode }, geometry: p.geometry };
  });
  const simplifyAndWrite = (level: OutlineLevel): string =>
    `-simplify interval=${INTERVALS[level]}m keep-shapes target=${level} -o ${level}.json format=geojson target=${level}`;
  const commands = [
    '-i pieces.json name=pieces',
    '-clean gap-width=2000m target=pieces',
    '-dissolve county copy-fields=city,province target=pieces + name=county',
    '-dissolve city copy-fields=province target=county + name=city',
    '-dissolve province target=city + name=province',
    simplifyAndWrite('province'), simplifyAndWrite('city'), simplifyAndWrite('county'),
    '-quiet',
  ].join(' ');
  const out = await mapshaper.applyCommands(commands, { 'pieces.json': { type: 'FeatureCollection', features } });
  return {
    province: parse(out, 'province.json', 'province'),
    city: parse(out, 'city.json', 'city'),
    county: parse(out, 'county.json', 'county'),
  };
}
