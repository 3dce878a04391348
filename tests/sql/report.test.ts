// Acceptance 1 of issue 6: the CLI's progress JSON equals an independent computation, written here as
// different plain SQL straight over the Parquet files (code-prefix LIKE instead of the level columns,
// SUM(CASE …) instead of count_if/FILTER, dates compared as strings, DISTINCT via GROUP BY).
import { beforeAll, describe, expect, it } from 'vitest';
import { all, type Row } from '../../scripts/lib/duck';
import { buildReport, type ReportOptions } from '../../scripts/report/cli';
import { openReportData, type Dataset } from '../../scripts/report/native';
import { PROGRESS_KEYS } from '../../src/queries/reports';
import { ensureTestData } from '../testData';

let dir: string;
let ds: Dataset;
beforeAll(async () => {
  dir = await ensureTestData('small');
  ds = await openReportData(dir);
});

const JURISDICTIONS = [
  ['530000', '云南省'],
  ['530302', '麒麟区'],
  ['141128105', '积翠镇'],
] as const;
const MONTHS = ['2023-06', '2023-09'] as const;

/** The day before the first of the next month, without the app's helpers. */
function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1) - 86_400_000).toISOString().slice(0, 10);
}

/** Code prefix of a jurisdiction: 53 for 530000, 5303 for 530300, the full code below. */
const prefixOf = (code: string) => (code.length === 9 ? code : code.replace(/(00)+$/, ''));

async function reference(code: string, month: string): Promise<Record<string, unknown>> {
  const pq = (t: string) => `read_parquet('${dir}/${t}/*/*.parquet', hive_partitioning = false)`;
  const mine = `coalesce(town_code, county_code, city_code, province_code) LIKE '${prefixOf(code)}%'`;
  const day = (col: string) => `strftime(${col}, '%Y-%m-%d')`;
  const when = (col: string) => `${day(col)} >= '2023-05-01' AND ${day(col)} <= '${lastDay(month)}'`;
  const done = `(status = 'rectified' OR status = 'verified') AND ${day('rectified_date')} <= '${lastDay(month)}'`;
  const sumIf = (cond: string, value = '1') => `SUM(CASE WHEN ${cond} THEN ${value} ELSE 0 END)`;
  const [h] = await all(ds.conn, `SELECT
      ${sumIf(`source = 'self_check'`)} AS self_found, ${sumIf(`source = 'self_check' AND ${done}`)} AS self_rectified,
      ${sumIf(`source != 'self_check'`)} AS dept_found, ${sumIf(`source != 'self_check' AND ${done}`)} AS dept_rectified,
      ${sumIf('supervision_level IS NOT NULL')} AS supervised,
      ${sumIf(`supervision_level IS NOT NULL AND ${done}`)} AS supervised_rectified
    FROM ${pq('hazards')} WHERE ${mine} AND ${when('found_date')}`);
  const findings = PROGRESS_KEYS.slice(7, 14);
  const [i] = await all(ds.conn, `WITH per AS (
      SELECT enterprise_id, ${findings.map((f) => `MAX(CASE WHEN ${f} THEN 1 ELSE 0 END) AS ${f}`).join(', ')}
      FROM ${pq('inspections')} WHERE ${mine} AND ${when('date')} GROUP BY enterprise_id)
    SELECT COUNT(*) AS enterprises_checked, ${findings.map((f) => `SUM(${f}) AS ${f}`).join(', ')} FROM per`);
  const [f] = await all(ds.conn, `SELECT
      ${sumIf(`type = 'penalty' OR type = 'dual_penalty'`)} AS penalties,
      ${sumIf(`type = 'penalty' OR type = 'dual_penalty'`, 'coalesce(fine_wan, 0)')} AS fines_wan,
      ${sumIf(`type = 'dual_penalty'`)} AS dual_penalties,
      ${sumIf(`type = 'judicial_transfer'`, 'persons')} AS judicial_transfers,
      ${sumIf(`type = 'suspension'`)} AS suspensions,
      ${sumIf(`type = 'exposure' OR type = 'summons' OR type = 'joint_punishment'`)} AS exposed_summoned_punished
    FROM ${pq('enforcement')} WHERE ${mine} AND ${when('date')}`);
  const acts: [string, string, string][] = [
    ['assistance_regions', 'assistance_region', 'count'], ['assistance_enterprises', 'assistance_enterprise', 'count'],
    ['cases_published', 'case_published', 'count'], ['accountability_persons', 'accountability', 'count'],
    ['region_summons', 'region_summons', 'count'], ['study_sessions', 'study', 'count'],
    ['special_meetings', 'special_meeting', 'count'], ['onsite_supervisions', 'onsite_supervision', 'count'],
    ['briefings', 'briefing', 'count'], ['whistle_rewards_wan', 'whistle_reward', 'amount_wan'],
    ['anonymous_rewards_wan', 'whistle_reward', 'anonymous_wan'], ['tech_inspectors', 'inspectors', 'count'],
    ['assessments', 'assessment', 'count'], ['media_column', 'media_column', 'count'],
  ];
  const [a] = await all(ds.conn, `SELECT ${acts.map(([k, t, c]) => `${sumIf(`type = '${t}'`, `coalesce(${c}, 0)`)} AS ${k}`).join(', ')}
    FROM ${pq('activities')} WHERE ${mine} AND ${when('date')}`);
  const merged: Row = { ...h, ...i, ...f, ...a };
  const out: Record<string, unknown> = {};
  for (const key of PROGRESS_KEYS) {
    const v = merged[key];
    if (key === 'dangerous_operation_cases') out[key] = null;
    else if (key === 'media_column') out[key] = Number(v ?? 0) > 0;
    else out[key] = v === null || v === undefined ? 0 : Number(v);
  }
  return out;
}

const options = (division: string, month: string, extra: Partial<ReportOptions> = {}): ReportOptions =>
  ({ division, month, table: 'progress', format: 'json', data: dir, ...extra });

describe('progress table (CLI JSON) against an independent computation', () => {
  for (const [code, name] of JURISDICTIONS) {
    for (const month of MONTHS) {
      it(`${name} ${code} · ${month}`, async () => {
        const out = await buildReport(options(code, month), ds);
        expect(out.divisionName).toBe(name);
        const json = JSON.parse(out.body as string) as Record<string, unknown>;
        expect(Object.keys(json)).toEqual([...PROGRESS_KEYS]);
        const ref = await reference(code, month);
        for (const key of PROGRESS_KEYS) {
          if (key.endsWith('_wan')) expect(json[key], key).toBeCloseTo(ref[key] as number, 6);
          else expect(json[key], key).toEqual(ref[key]);
        }
        // Not a trivially empty comparison.
        expect(json.self_found as number).toBeGreaterThan(0);
        expect(json.enterprises_checked as number).toBeGreaterThan(0);
      });
    }
  }

  it('grows month on month and keeps rectified within found', async () => {
    const june = JSON.parse((await buildReport(options('530000', '2023-06'), ds)).body as string) as Record<string, number>;
    const sept = JSON.parse((await buildReport(options('530000', '2023-09'), ds)).body as string) as Record<string, number>;
    for (const key of ['self_found', 'dept_found', 'penalties', 'study_sessions'] as const) {
      expect(sept[key]).toBeGreaterThanOrEqual(june[key]!);
    }
    expect(sept.self_rectified).toBeLessThanOrEqual(sept.self_found!);
    expect(sept.supervised_rectified).toBeLessThanOrEqual(sept.supervised!);
    expect(sept.no_drill).toBeLessThanOrEqual(sept.enterprises_checked!);
  });
});
