// Pure factories: bounded marks → deck.gl layers. Points by status / risk level / site type;
// bins as graduated circles (a heat grid for leaders); road sections as paths.
import { IconLayer, PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { LineString } from 'geojson';
import { RISK_RGB, type Rgb } from './color';
import type { Mark, Marks } from '../queries/marks';
import { LIST_LAYERS, listLayers } from './lists';
import { SYMBOL_MAPPING, symbolAtlas, type SymbolName } from './symbols';
import { binCount, binImageLayer } from './bins';
import type { Rgba } from './discImage';
import type { Pickable } from './pick';


export const HAZARD_STATUS_STYLE: Record<string, { label: string; color: Rgb }> = {
  overdue: { label: '逾期未整改', color: [255, 45, 85] },
  open: { label: '未整改', color: [255, 179, 0] },
  rectifying: { label: '整改中', color: [41, 182, 246] },
  rectified: { label: '已整改/销号', color: [102, 187, 106] },
};

export const SITE_STYLE: Record<string, { label: string; color: Rgb; symbol: SymbolName }> = {
  single_pier_bridge: { label: '独柱墩桥梁', color: [0, 229, 255], symbol: 'square' },
  tailings_dam: { label: '尾矿库', color: [255, 112, 67], symbol: 'triangle' },
  high_slope: { label: '高陡边坡/排土场', color: [206, 147, 216], symbol: 'diamond' },
  tourism_facility: { label: '旅游设施', color: [129, 199, 132], symbol: 'star' },
  waterside_cliff_road: { label: '临水临崖路段', color: [64, 196, 255], symbol: 'circle' },
  steep_downgrade: { label: '连续长陡下坡', color: [255, 215, 64], symbol: 'circle' },
};


function binLayer(id: string, marks: Mark[], cellDeg: number): Layer {
  const max = Math.max(1, ...marks.map((m) => m.weight));
  return binImageLayer(`${id}-bins`, marks, (m) => {
    const t = Math.sqrt(m.weight / max);
    const color: Rgba = [255, Math.round(220 - 190 * t), Math.round(80 - 60 * t), Math.round(120 + 120 * t)];
    return { item: m, lon: m.lon, lat: m.lat, r: cellDeg * 0.5 * (0.35 + 0.65 * t), color };
  }, cellDeg);
}

const siteSize = (m: Mark) => (m.size ? 12 + m.size * 4 : 16);

export function markLayers(layer: string, data: Marks, cellDeg: number): Layer[] {
  if (LIST_LAYERS.includes(layer)) return listLayers(layer, data, cellDeg);
  if (data.binned) return [binLayer(layer, data.marks, cellDeg)];
  if (layer === 'sites') {
    const lines = data.marks.filter((m) => m.path?.type === 'LineString');
    const points = data.marks.filter((m) => m.path?.type !== 'LineString');
    return [
      new PathLayer<Mark, Pickable>({
        id: 'sites-lines', data: lines, pickable: false, pickShape: { width: 4 }, widthUnits: 'pixels', getWidth: 4, capRounded: true,
        getPath: (m) => (m.path as LineString).coordinates as [number, number][],
        getColor: (m) => SITE_STYLE[m.kind ?? '']?.color ?? [200, 200, 200],
      }),
      new IconLayer<Mark, Pickable>({
        // deck's image prop accepts a canvas at run time; its typings only list string | Texture.
        id: 'sites-points', data: points, pickable: false, pickShape: { icon: siteSize }, iconAtlas: symbolAtlas() as unknown as string, iconMapping: SYMBOL_MAPPING,
        getIcon: (m) => SITE_STYLE[m.kind ?? '']?.symbol ?? 'circle',
        getPosition: (m) => [m.lon, m.lat], sizeUnits: 'pixels',
        getSize: siteSize,
        getColor: (m) => SITE_STYLE[m.kind ?? '']?.color ?? [200, 200, 200],
      }),
    ];
  }
  const radius = layer === 'hazards' ? 4.5 : 3.5;
  const colors = layer === 'hazards' ? Object.fromEntries(Object.entries(HAZARD_STATUS_STYLE).map(([k, v]) => [k, v.color])) : RISK_RGB;
  return [
    new ScatterplotLayer<Mark, Pickable>({
      id: `${layer}-points`, data: data.marks, pickable: false, pickShape: { radius: radius + 1 }, radiusUnits: 'pixels', getRadius: radius,
      stroked: true, getLineColor: [10, 22, 38, 200], lineWidthUnits: 'pixels', getLineWidth: 1,
      getPosition: (m) => [m.lon, m.lat],
      getFillColor: (m) => colors[m.kind ?? ''] ?? [180, 180, 180],
    }),
  ];
}

/**
 * Draws ahead the one costly part of markLayers, a binned answer's image (cached by its marks, so the
 * layers made later for the same answer find it drawn): 50–90 ms for a province the first time.
 */
export function drawBinsAhead(layer: string, data: Marks, cellDeg: number): void {
  if (data.binned && !LIST_LAYERS.includes(layer)) markLayers(layer, data, cellDeg);
}

/** Marks a set of layers sends to the GPU, the number the bound is about: an image of bins is one. */
export function countMarks(layers: Layer[]): number {
  return layers.reduce((n, l) => n + (binCount(l) || (Array.isArray(l.props.data) ? l.props.data.length : 0)), 0);
}
