import { campaignPhases, followupPhases, hazardSources, hazardStatuses, riskLevels, sectors, supervisionLevels } from '../domain/taxonomy';
import { formatMonth } from '../components/format';
import type { FilterDim } from '../components/FilterBar';

function months(start: string, end: string): string[] {
  const out: string[] = [];
  const d = new Date(`${start}T00:00:00Z`);
  while (d.toISOString().slice(0, 7) <= end) {
    out.push(d.toISOString().slice(0, 7));
    d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return out;
}

/** The filter dimensions the user can set, labelled from the taxonomy. */
export const FILTER_DIMS: readonly FilterDim[] = [
  { key: 'sector', label: '行业领域', options: sectors },
  { key: 'source', label: '隐患来源', options: hazardSources },
  { key: 'status', label: '整改状态', options: [...hazardStatuses, { key: 'overdue', label: '逾期未整改' }] },
  { key: 'supervision', label: '挂牌督办', options: supervisionLevels },
  { key: 'risk_level', label: '风险等级', options: riskLevels },
  { key: 'phase', label: '行动阶段', options: [...campaignPhases, ...followupPhases.map((p) => ({ ...p, label: `深入开展·${p.label}` }))] },
  { key: 'month', label: '月份', options: months('2023-05', '2024-03').map((m) => ({ key: m, label: formatMonth(m) })) },
];
