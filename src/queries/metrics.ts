// Choropleth and ranking metrics: each is one aggregate over one record table, grouped by any level.
import { AS_OF, LEVEL_NUM, RECTIFIED } from './basics';
import { CONTROLLED, DRILL_OVERDUE, LIST_GAP, RULE_READS } from './riskRules';
export type MetricKind = 'count' | 'rate' | 'level';

export interface MetricDef {
  key: string;
  label: string;
  kind: MetricKind;
  table: string;
  /** Aggregate expression over the table's rows (after filters). */
  expr: string;
  /** Extra tables the expression reads. */
  reads?: string[];
  /** For rates: class breaks (default 60/80/90/95 %, the rectification targets). */
  breaks?: number[];
  /** For counts: higher is worse (red) or better (green). */
  higherIsWorse: boolean;
}

export { AS_OF, RECTIFIED } from './basics';

// The area's four-colour level: the highest level among its risks whose control measures are not
// all in place; if every risk is controlled, one level below its highest risk (never below 低).
// 4 = 重大 red, 3 = 较大 orange, 2 = 一般 yellow, 1 = 低 blue, 0 = no risk recorded.
const UNCONTROLLED = `NOT controls_in_place`;
const AREA_LEVEL = `greatest(coalesce(max(CASE WHEN ${UNCONTROLLED} THEN ${LEVEL_NUM} END), 0),
  CASE WHEN count(*) = 0 THEN 0 ELSE greatest(max(${LEVEL_NUM}) - 1, 1) END)`;

export const METRICS: readonly MetricDef[] = [
  { key: 'hazards_found', label: '排查重大隐患', kind: 'count', table: 'hazards', expr: 'count(*)', higherIsWorse: true },
  { key: 'hazards_open', label: '未整改隐患', kind: 'count', table: 'hazards', expr: `count_if(NOT ${RECTIFIED})`, higherIsWorse: true },
  { key: 'hazards_overdue', label: '逾期未整改', kind: 'count', table: 'hazards', expr: `count_if(NOT ${RECTIFIED} AND deadline < ${AS_OF})`, higherIsWorse: true },
  { key: 'rectification_rate', label: '整改率', kind: 'rate', table: 'hazards', expr: `count_if(${RECTIFIED}) / nullif(count(*), 0)`, higherIsWorse: false },
  { key: 'supervised', label: '挂牌督办隐患', kind: 'count', table: 'hazards', expr: 'count_if(supervision_level IS NOT NULL)', higherIsWorse: true },
  { key: 'enterprises', label: '企业数', kind: 'count', table: 'enterprises', expr: 'count(*)', higherIsWorse: false },
  { key: 'major_risks', label: '重大风险', kind: 'count', table: 'risks', expr: `count_if(risk_level = 'major')`, higherIsWorse: true },
  { key: 'accidents', label: '事故起数', kind: 'count', table: 'accidents', expr: 'count(*)', higherIsWorse: true },
  { key: 'deaths', label: '事故死亡人数', kind: 'count', table: 'accidents', expr: 'coalesce(sum(deaths), 0)', higherIsWorse: true },
  { key: 'risk_level', label: '风险等级（四色图）', kind: 'level', table: 'risks', expr: AREA_LEVEL, higherIsWorse: true },
  {
    key: 'control_rate', label: '管控率（4张清单）', kind: 'rate', table: 'risks', reads: RULE_READS,
    expr: `count_if(${CONTROLLED}) / nullif(count(*), 0)`, higherIsWorse: false, breaks: [0.4, 0.5, 0.6, 0.7],
  },
  { key: 'list_gaps', label: '清单缺失的风险', kind: 'count', table: 'risks', expr: `count_if(${LIST_GAP})`, higherIsWorse: true },
  {
    key: 'drill_overdue', label: '应急演练超期', kind: 'count', table: 'risks', reads: RULE_READS,
    expr: `count_if(${DRILL_OVERDUE})`, higherIsWorse: true,
  },
];

export function metricDef(key: string): MetricDef {
  return METRICS.find((m) => m.key === key) ?? METRICS[0]!;
}
