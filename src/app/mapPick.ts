import { label } from '../domain/taxonomy';
import { formatCount, formatPercent } from '../components/format';
import { LIST_STYLE } from '../layers/lists';
import { HAZARD_STATUS_STYLE, SITE_STYLE } from '../layers/marks';
import type { MarkHit } from '../layers/pick';
import type { Mark } from '../queries/marks';
import { setState } from '../state/store';

const layerOf = (hit: MarkHit) => hit.layer.split('-')[0] ?? '';
/** The four list layers show risks: a click opens the risk. */
const tableOf = (layer: string) => (LIST_STYLE[layer] && layer !== 'resources' ? 'risks' : layer);

/** Clicking a single record opens its details; clicking a bin zooms the map in (via the area under it). */
export function pickMark(hit: MarkHit): void {
  const m = hit.mark;
  if (!m.id) return;
  setState((s) => ({ ...s, selected: `${tableOf(layerOf(hit))}:${m.id}` }));
}

export function markTooltip(hit: MarkHit): string | null {
  const m = hit.mark;
  const layer = layerOf(hit);
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
