// Shared shapes of the geography step.
export type Level = 'province' | 'city' | 'county' | 'town';
export type Position = [number, number];
export type Ring = Position[];
export type PolygonCoords = Ring[];
export type MultiPolygonCoords = PolygonCoords[];

export interface Geometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: PolygonCoords | MultiPolygonCoords;
}

export interface Division {
  code: string;
  name: string;
  level: Level;
  parentCode: string | null;
  provinceCode: string;
  cityCode: string | null;
  countyCode: string | null;
  townCode: string | null;
  functionalZone: boolean;
}

/** A boundary piece read from a package: one old county feature, already in WGS-84. */
export interface SourceFeature {
  key: string;
  code: string | null;
  name: string;
  cityName: string;
  provinceDir: string;
  source: 'counties' | 'cities';
  /** Set for features loaded for one known division city (the cities-package fill). */
  cityCode?: string;
  seat: Position | null;
  geometry: Geometry;
}

/** A polygon assigned to a division county, ready for dissolving. */
export interface Piece {
  county: string;
  approximate: boolean;
  geometry: Geometry;
}

export interface Outline {
  code: string;
  level: Level;
  approximate: boolean;
  geometry: Geometry;
}

export function polygonsOf(g: Geometry): MultiPolygonCoords {
  return g.type === 'Polygon' ? [g.coordinates as PolygonCoords] : (g.coordinates as MultiPolygonCoords);
}
