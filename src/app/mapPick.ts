import type { PickingInfo } from '@deck.gl/core';
import { label } from '../domain/taxonomy';
import { formatCount } from '../components/format';
import { HAZARD_STATUS_STYLE, SITE_STYLE } from '../layers/marks';
import type { Mark } from '../queries/marks';
import { setState } from '../state/store';

const layerOf = (info: PickingInfo) => (info.layer?.id ?? '').split('-')[0] ?? '';

/** Clicking a single record opens its details; clicking a bin zooms the map in (via the area under it). */
export function pickMark(info: PickingInfo): void {
  const m = info.object as Mark | undefined;
  if (!m?.id) return;
  setState((s) => ({ ...s, selected: `${layerOf(info)}:${m.id}` }));
}

export function markTooltip(info: PickingInfo): string | null {
  const m = info.object as Mark | undefined;
  if (!m) return null;
  const layer = layerOf(info);
  if (!m.id) return `${formatCount(m.weight)} 条记录（网格汇总）`;
  if (layer === 'hazards') return `重大隐患 ${m.id}\n${HAZARD_STATUS_STYLE[m.kind ?? '']?.label ?? ''}`;
  if (layer === 'sites') return `${SITE_STYLE[m.kind ?? '']?.label ?? '点位'} ${m.id}`;
  return `企业 ${m.id}\n${label('risk_level', m.kind)}`;
}
