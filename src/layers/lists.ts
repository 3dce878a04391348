// Pure factories for the four lists (4张清单) and emergency resources. Each list has its own shape and a
// small pixel offset, so with several lists on, every risk object reads as a cluster of four glyphs;
// bins sit in their own quarter of the grid cell and are coloured by the share of gaps.
import { IconLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import { riskLevels } from '../domain/taxonomy';
import type { Mark, Marks } from '../queries/marks';
import { SYMBOL_MAPPING, symbolAtlas, type SymbolName } from './symbols';
import { RISK_RGB, hex, type Rgb } from './color';
import { binImageLayer } from './bins';
import type { Rgba } from './discImage';
import type { Pickable } from './pick';

const GOOD: Rgb = [102, 187, 106];
const WARN: Rgb = [255, 179, 0];
const BAD: Rgb = [255, 45, 85];

export interface KindStyle { label: string; color: Rgb }
interface ListStyle { title: string; glyph: string; symbol: SymbolName; offset: [number, number]; kinds: Record<string, KindStyle> }

export const LIST_STYLE: Record<string, ListStyle> = {
  basic: {
    title: '基础清单（风险等级）', glyph: '●', symbol: 'circle', offset: [0, 0],
    kinds: Object.fromEntries(riskLevels.map((r) => [r.key, { label: r.label, color: RISK_RGB[r.key]! }])),
  },
  control: {
    title: '防控清单', glyph: '■', symbol: 'square', offset: [9, -9],
    kinds: {
      monitored: { label: '措施落实·在线监测', color: [0, 229, 255] }, in_place: { label: '措施全部落实', color: GOOD },
      partial: { label: '措施部分未落实', color: WARN }, missing: { label: '未建立防控清单', color: BAD },
    },
  },
  duty: {
    title: '责任清单', glyph: '▲', symbol: 'triangle', offset: [-9, -9],
    kinds: { complete: { label: '三方责任均明确', color: GOOD }, partial: { label: '部分责任人未明确', color: WARN }, none: { label: '责任人均未明确', color: BAD } },
  },
  emergency: {
    title: '应急清单', glyph: '◆', symbol: 'diamond', offset: [9, 9],
    kinds: { ok: { label: '预案齐全·按期演练', color: GOOD }, drill_overdue: { label: '演练超期', color: WARN }, missing: { label: '未建立应急清单', color: BAD } },
  },
  resources: {
    title: '应急资源（★队伍 ✚物资库）', glyph: '★', symbol: 'star', offset: [0, 0],
    kinds: { team: { label: '救援队伍', color: [64, 196, 255] }, depot: { label: '物资储备库', color: [206, 147, 216] } },
  },
};

export const LIST_LAYERS = Object.keys(LIST_STYLE);
const QUARTER: Record<string, [number, number]> = { basic: [-1, 1], control: [1, 1], duty: [-1, -1], emergency: [1, -1], resources: [0, 0] };

/** A bin's colour: basic by its highest level (四色), the others from green (no gaps) to red. */
function binColor(layer: string, score: number | null): Rgb {
  if (layer === 'basic') return hex(riskLevels[4 - Math.min(4, Math.max(1, Math.round(score ?? 1)))]!.color);
  if (layer === 'resources') return LIST_STYLE.resources!.kinds.team!.color;
  const t = Math.min(1, (score ?? 0) / 0.3);
  const mix = (a: Rgb, b: Rgb, k: number): Rgb => [0, 1, 2].map((i) => Math.round(a[i]! + (b[i]! - a[i]!) * k)) as Rgb;
  return t < 0.5 ? mix(GOOD, WARN, t * 2) : mix(WARN, BAD, (t - 0.5) * 2);
}

function listBins(layer: string, marks: Mark[], cellDeg: number): Layer {
  const max = Math.max(1, ...marks.map((m) => m.weight));
  const [qx, qy] = QUARTER[layer] ?? [0, 0];
  const shift = cellDeg * 0.25;
  return binImageLayer(`${layer}-bins`, marks, (m) => ({
    item: m, lon: m.lon + qx * shift, lat: m.lat + qy * shift,
    r: cellDeg * 0.24 * (0.4 + 0.6 * Math.sqrt(m.weight / max)), color: [...binColor(layer, m.score), 235] as Rgba,
  }), cellDeg);
}

export function listLayers(layer: string, data: Marks, cellDeg: number): Layer[] {
  const style = LIST_STYLE[layer]!;
  if (data.binned) return [listBins(layer, data.marks, cellDeg)];
  const size = layer === 'resources' ? 18 : 11;
  return [
    new IconLayer<Mark, Pickable>({
      // deck's image prop accepts a canvas at run time; its typings only list string | Texture.
      id: `${layer}-points`, data: data.marks, pickable: false, pickShape: { icon: size, offset: style.offset }, iconAtlas: symbolAtlas() as unknown as string, iconMapping: SYMBOL_MAPPING,
      getIcon: (m) => (layer === 'resources' && m.kind === 'depot' ? 'plus' : style.symbol), getPosition: (m) => [m.lon, m.lat], sizeUnits: 'pixels',
      getSize: size, getPixelOffset: style.offset,
      getColor: (m) => style.kinds[m.kind ?? '']?.color ?? [200, 200, 200],
    }),
  ];
}
