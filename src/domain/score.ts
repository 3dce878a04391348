// The composite score of 打分排队 and the red-flag rules. Pure functions over a scorecard row, so the
// formula lives in one place and is documented in docs/analytics.md.
export interface ScoreInput {
  found: number;
  rectified: number;
  self_found: number;
  dept_found: number;
  overdue: number;
  supervised: number;
  supervised_rectified: number;
  dept_penalized: number;
  enforcement: number;
  fines_wan: number;
  repeat_offenders: number;
  accidents_3y: number;
}

const ratio = (a: number, b: number, empty: number) => (b > 0 ? a / b : empty);

/**
 * 0–100: 35 整改率 + 20 督办整改率 + 20 (1 − 逾期率) + 15 执法力度 (share of department-found hazards
 * penalised) + 10 自查占比 (share found by the enterprises themselves). A place that found nothing
 * scores 0 on everything but the supervised part: finding nothing is itself a red flag.
 */
export function compositeScore(r: ScoreInput): number {
  if (r.found === 0) return 0;
  const s =
    35 * ratio(r.rectified, r.found, 0) +
    20 * ratio(r.supervised_rectified, r.supervised, 1) +
    20 * (1 - ratio(r.overdue, r.found, 0)) +
    15 * ratio(r.dept_penalized, r.dept_found, 0) +
    10 * ratio(r.self_found, r.found, 0);
  return Math.round(s * 10) / 10;
}

/** Self-check finds nothing while inspections find at least this many. */
export const MANY_INSPECTION_FINDS = 5;

export const RED_FLAGS = [
  { key: 'zero_enforcement', label: '零执法零处罚', test: (r: ScoreInput) => r.enforcement === 0 && r.fines_wan === 0 },
  { key: 'no_hazards', label: '未排查出重大隐患', test: (r: ScoreInput) => r.found === 0 },
  { key: 'overdue', label: '存在逾期未整改隐患', test: (r: ScoreInput) => r.overdue > 0 },
  { key: 'repeat_offenders', label: '屡查屡犯企业', test: (r: ScoreInput) => r.repeat_offenders > 0 },
  { key: 'accidents', label: '近三年发生事故', test: (r: ScoreInput) => r.accidents_3y > 0 },
  {
    key: 'self_check_blind',
    label: '企业自查为零而检查发现较多',
    test: (r: ScoreInput) => r.self_found === 0 && r.dept_found >= MANY_INSPECTION_FINDS,
  },
] as const;
