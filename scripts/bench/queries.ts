// The core aggregate queries timed in both engines: the app's own builders at the national level.
import { resourceCandidatesQuery } from '../../src/queries/emergency';
import { coverageQuery } from '../../src/queries/reports/coverage';
import { registerQuery } from '../../src/queries/reports/risks';
import { scorecardQuery } from '../../src/queries/scorecard';
import { hazardKpiQuery } from '../../src/queries/kpi';
import { marksQuery } from '../../src/queries/marks';
import { monthlyQuery } from '../../src/queries/monthly';
import type { Query, QuerySpec } from '../../src/queries/spec';
import { DEFAULT_STATE } from '../../src/state/types';

const national = DEFAULT_STATE;
const yunnan = { ...DEFAULT_STATE, division: '530000', filters: { sector: ['non_coal_mine'] } };

export const CORE_QUERIES: { name: string; spec: Query<unknown> }[] = [
  { name: 'KPI 全国', spec: hazardKpiQuery(national) },
  { name: '省份排名 全国', spec: scorecardQuery(national) },
  { name: '月度趋势 全国', spec: monthlyQuery(national) },
  { name: '隐患网格 全国', spec: marksQuery('hazards', national, 3000) },
  { name: 'KPI 云南·非煤矿山', spec: hazardKpiQuery(yunnan) },
  { name: '4张清单覆盖 分省', spec: coverageQuery(national, 'child') },
  { name: '责任清单 云南 首页', spec: registerQuery({ ...DEFAULT_STATE, division: '530000' }, 'duty', { limit: 100 }) },
  { name: '责任清单 全国 首页', spec: registerQuery(national, 'duty', { limit: 100 }) },
  { name: '最近救援队伍', spec: resourceCandidatesQuery({ lon: 103.8, lat: 25.5 }, 'team', 5) },
];

export function tablesOf(spec: QuerySpec<unknown>): string[] {
  return spec.tables.map((t) => (typeof t === 'string' ? t : t.table));
}
