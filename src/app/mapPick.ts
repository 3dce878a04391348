import type { PickingInfo } from '@deck.gl/core';
import { label } from '../domain/taxonomy';
import { formatCount } from '../components/format';
import { LIST_STYLE } from '../layers/lists';
import { HAZARD_STATUS_STYLE, SITE_STYLE } from '../layers/marks';
import { formatPercent } from '../components/format';
import type { Mark } from '../queries/marks';
import { setState } from '../state/store';

const layerOf = (info: PickingInfo) => (info.layer?.id ?? '').split('-')[0] ?? '';
/** The four list layers show risks: a click opens the risk. */
const tableOf = (layer: string) => (LIST_STYLE[layer] && layer !== 'resources' ? 'risks' : layer);

/** Clicking a single record opens its details; clicking a bin zooms the map in (via the area under it). */
export function pickMark(info: PickingInfo): void {
  const m = info.object as Mark | undefined;
  if (!m?.id) return;
  setState((s) => ({ ...s, selected: `${tableOf(layerOf(info))}:${m.id}` }));
}

export function markTooltip(info: PickingInfo): string | null {
  const m = info.object as Mark | undefined;
  if (!m) return null;
  const layer = layerOf(info);
  if (!m.id) return binTooltip(layer, m);
  if (layer === 'hazards') return `重大隐患 ${m.id}\n${HAZARD_STATUS_STYLE[m.kind ?? '']?.label ?? ''}`;
  if (layer === 'sites') return `${SITE_STYLE[m.kind ?? '']?.label ?? '点位'} ${m.id}`;
  const list = LIST_STYLE[layer];
  if (list) return `${list.title} ${m.id}\n${list.kinds[m.kind ?? '']?.label ?? ''}`;
  return `企业 ${m.id}\n${label('risk_level', m.kind)}`;
}

function binTooltip(layer: string, m: Mark): string {
  const head = `${formatCount(m.weight)} 条记录（网格汇总）`;
  if (m.score === null || !LIST_STYLE[layer]) return head;
  if (layer === 'basic') return `${head}\n最高风险等级：${label('risk_level', ['low', 'general', 'larger', 'major'][Math.round(m.score) - 1] ?? 'low')}`;
  return `${LIST_STYLE[layer]!.title}\n${head}\n缺失或未落实占比 ${formatPercent(m.score)}`;
}
