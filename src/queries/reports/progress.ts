// The progress table (调度表; seed 001 附件3-1, seed 002 附件1): one row of cumulative counts
// from the campaign start to the month end, over the jurisdiction and all its descendants.
import { makeSpec, rowsOf, type QuerySpec } from '../spec';
import {
  dateBetween, inJurisdiction, numOrNull, rectifiedBy, reportWindow, type ReportParams,
} from './common';

/** JSON keys of the progress table, in the form's order (issue 6). */
export const PROGRESS_KEYS = [
  'self_found', 'self_rectified', 'dept_found', 'dept_rectified', 'supervised', 'supervised_rectified',
  'enterprises_checked', 'no_principal_study', 'no_principal_inspection', 'no_duty_list', 'no_safety_staff',
  'unlicensed_special_workers', 'outsourcing_disorder', 'no_drill',
  'assistance_regions', 'assistance_enterprises', 'penalties', 'fines_wan', 'dual_penalties', 'judicial_transfers',
  'suspensions', 'exposed_summoned_punished', 'cases_published', 'dangerous_operation_cases', 'accountability_persons',
  'region_summons',
  'study_sessions', 'special_meetings', 'onsite_supervisions', 'briefings', 'whistle_rewards_wan',
  'anonymous_rewards_wan', 'media_column', 'tech_inspectors', 'assessments',
] as const;

export type ProgressKey = (typeof PROGRESS_KEYS)[number];

/**
 * Counts are numbers; `media_column` (是否在省级主流媒体播放) is a yes/no; `dangerous_operation_cases`
 * is null because the data does not record which published cases are 危险作业罪 cases.
 */
export type ProgressRow = Record<Exclude<ProgressKey, 'media_column' | 'dangerous_operation_cases'>, number> & {
  media_column: boolean;
  dangerous_operation_cases: number | null;
};

const FINDINGS = [
  'no_principal_study', 'no_principal_inspection', 'no_duty_list', 'no_safety_staff',
  'unlicensed_special_workers', 'outsourcing_disorder', 'no_drill',
] as const;

/** Activities summed by type: [JSON key, activity type, summed column]. */
const ACTIVITY_SUMS: readonly [ProgressKey, string, string][] = [
  ['assistance_regions', 'assistance_region', 'count'],
  ['assistance_enterprises', 'assistance_enterprise', 'count'],
  ['cases_published', 'case_published', 'count'],
  ['accountability_persons', 'accountability', 'count'],
  ['region_summons', 'region_summons', 'count'],
  ['study_sessions', 'study', 'count'],
  ['special_meetings', 'special_meeting', 'count'],
  ['onsite_supervisions', 'onsite_supervision', 'count'],
  ['briefings', 'briefing', 'count'],
  ['whistle_rewards_wan', 'whistle_reward', 'amount_wan'],
  ['anonymous_rewards_wan', 'whistle_reward', 'anonymous_wan'],
  ['tech_inspectors', 'inspectors', 'count'],
  ['assessments', 'assessment', 'count'],
];

const dbl = (expr: string) => `coalesce(${expr}, 0)::DOUBLE`;

export function progressQuery(params: ReportParams): QuerySpec<ProgressRow> {
  const w = reportWindow(params.month);
  const juris = (alias: string) => inJurisdiction(params.division, alias);
  const activity = ACTIVITY_SUMS.map(([key, type, col]) => {
    const value = `sum(a.${col}) FILTER (WHERE a.type = '${type}')`;
    return `${col === 'count' ? dbl(value) : `round(${dbl(value)}, 2)`} AS ${key}`;
  });
  const sql = `WITH
  hz AS (
    SELECT count_if(h.source = 'self_check')::DOUBLE AS self_found,
      count_if(h.source = 'self_check' AND ${rectifiedBy('h', w.end)})::DOUBLE AS self_rectified,
      count_if(h.source <> 'self_check')::DOUBLE AS dept_found,
      count_if(h.source <> 'self_check' AND ${rectifiedBy('h', w.end)})::DOUBLE AS dept_rectified,
      count_if(h.supervision_level IS NOT NULL)::DOUBLE AS supervised,
      count_if(h.supervision_level IS NOT NULL AND ${rectifiedBy('h', w.end)})::DOUBLE AS supervised_rectified
    FROM hazards h
    WHERE ${juris('h')} AND ${dateBetween('h.found_date', w.start, w.end)}),
  sp AS (
    SELECT count(DISTINCT i.enterprise_id)::DOUBLE AS enterprises_checked,
      ${FINDINGS.map((f) => `count(DISTINCT i.enterprise_id) FILTER (WHERE i.${f})::DOUBLE AS ${f}`).join(',\n      ')}
    FROM inspections i
    WHERE ${juris('i')} AND ${dateBetween('i.date', w.start, w.end)}),
  enf AS (
    SELECT count_if(f.type IN ('penalty', 'dual_penalty'))::DOUBLE AS penalties,
      round(${dbl(`sum(f.fine_wan) FILTER (WHERE f.type IN ('penalty', 'dual_penalty'))`)}, 2) AS fines_wan,
      count_if(f.type = 'dual_penalty')::DOUBLE AS dual_penalties,
      ${dbl(`sum(f.persons) FILTER (WHERE f.type = 'judicial_transfer')`)} AS judicial_transfers,
      count_if(f.type = 'suspension')::DOUBLE AS suspensions,
      count_if(f.type IN ('exposure', 'summons', 'joint_punishment'))::DOUBLE AS exposed_summoned_punished
    FROM enforcement f
    WHERE ${juris('f')} AND ${dateBetween('f.date', w.start, w.end)}),
  act AS (
    SELECT ${activity.join(',\n      ')},
      coalesce(sum(a.count) FILTER (WHERE a.type = 'media_column'), 0) > 0 AS media_column
    FROM activities a
    WHERE ${juris('a')} AND ${dateBetween('a.date', w.start, w.end)})
SELECT ${PROGRESS_KEYS.map((k) => (k === 'dangerous_operation_cases' ? `NULL::DOUBLE AS ${k}` : k)).join(', ')}
FROM hz, sp, enf, act`;
  return makeSpec(['hazards', 'inspections', 'enforcement', 'activities'], sql, decodeProgress);
}

function decodeProgress(table: Parameters<typeof rowsOf>[0]): ProgressRow {
  const raw = rowsOf<Record<string, unknown>>(table)[0] ?? {};
  const out: Record<string, number | boolean | null> = {};
  for (const key of PROGRESS_KEYS) {
    if (key === 'media_column') out[key] = raw[key] === true;
    else if (key === 'dangerous_operation_cases') out[key] = numOrNull(raw[key]);
    else out[key] = numOrNull(raw[key]) ?? 0;
  }
  return out as ProgressRow;
}
