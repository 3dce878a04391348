// Every field of a hazard: category, closed-loop plan, supervision (挂牌督办), rectification over time,
// and penalties following the seeds' rules (a reported self-found hazard is not punished; an inspection
// finding may be punished, enterprise and principal together = 一案双罚).
import type { DuckDBConnection } from '@duckdb/node-api';
import { SNAPSHOT } from './config.ts';
import { groupSql, LOCATION_SQL, MEASURES_SQL, SITE_CATEGORY_SQL } from './hazard-categories.ts';
import { personSql } from './names.ts';
import { weighted } from './sql.ts';

/** Rectification model per source: immediate share, mean extra days, never-rectified share. */
export const RECTIFY = {
  self: { immediate: 0.45, meanDays: 46, never: 0.02 },
  other: { immediate: 0.45, meanDays: 20, never: 0.03 },
  supervised: { immediate: 0.2, meanDays: 36, never: 0.04 },
  supervisedShare: { self: 0.07, department: 0.2, supervision: 0.34, report: 0.13, site: 0.3 },
} as const;

const FUNDS = `(CASE h.sector WHEN 'coal_mine' THEN 60 WHEN 'hazardous_chemicals' THEN 35 WHEN 'non_coal_mine' THEN 25
  WHEN 'construction' THEN 12 WHEN 'highway_facilities' THEN 80 WHEN 'road_transport' THEN CASE WHEN h.site_type IS NULL THEN 3 ELSE 45 END
  WHEN 'industry_trade' THEN 8 WHEN 'urban_gas' THEN 6 ELSE 4 END)`;

export async function buildHazardFields(conn: DuckDBConnection): Promise<void> {
  const p = RECTIFY;
  const sup = p.supervisedShare;
  await conn.run(`CREATE OR REPLACE TABLE hz AS
    WITH o AS (
      SELECT r.*, coalesce(e.sector, s.sector) AS sector, e.industry, e.focus_field, s.type AS site_type,
        CASE WHEN e.id IS NOT NULL THEN r.object_id END AS enterprise_id, CASE WHEN s.id IS NOT NULL THEN r.object_id END AS site_id,
        coalesce(e.province_code, s.province_code) AS province_code, coalesce(e.city_code, s.city_code) AS city_code,
        coalesce(e.county_code, s.county_code) AS county_code, coalesce(e.town_code, s.town_code) AS town_code,
        coalesce(e.lon, s.lon) AS lon, coalesce(e.lat, s.lat) AS lat, coalesce(e.quality, 'fair') AS quality,
        coalesce(e.repeat_offender, false) AS repeat_offender, coalesce(e.principal, '') AS principal
      FROM hz_raw r LEFT JOIN ent_f e ON e.id = r.object_id LEFT JOIN site_f s ON s.id = r.object_id),
    g AS (
      SELECT h.*, ${groupSql()} AS grp,
        u(h.id, 'sup') < CASE WHEN h.site_id IS NOT NULL THEN ${sup.site} WHEN h.source = 'self_check' THEN ${sup.self}
          WHEN h.source = 'department' THEN ${sup.department} WHEN h.source = 'supervision' THEN ${sup.supervision}
          ELSE ${sup.report} END AS supervised,
        c.flag_zero_enforcement, c.flag_slow_progress
      FROM o h JOIN place_county c USING (county_code)),
    k AS (
      SELECT h.*, coalesce(${SITE_CATEGORY_SQL}, cg.category) AS category,
        CASE WHEN h.supervised THEN ${p.supervised.immediate} WHEN h.source = 'self_check' THEN ${p.self.immediate}
          ELSE ${p.other.immediate} END AS p_imm,
        CASE WHEN h.supervised THEN ${p.supervised.meanDays} WHEN h.source = 'self_check' THEN ${p.self.meanDays}
          ELSE ${p.other.meanDays} END * CASE WHEN h.flag_slow_progress THEN 2.5 ELSE 1 END AS mean_days,
        CASE WHEN h.supervised THEN ${p.supervised.never} WHEN h.source = 'self_check' THEN ${p.self.never}
          ELSE ${p.other.never} END * CASE WHEN h.flag_slow_progress THEN 3 WHEN h.repeat_offender THEN 4 ELSE 1 END AS p_never
      FROM g h JOIN cat_group cg ON cg.grp = h.grp AND cg.idx = ui(h.id, 'cat', cg.n)),
    l AS (
      SELECT h.*, u(h.id, 'imm') < h.p_imm AS immediate,
        CASE WHEN u(h.id, 'never') < h.p_never THEN NULL
          WHEN u(h.id, 'imm') < h.p_imm THEN ui(h.id, 'lag_i', 8)
          ELSE 3 + ceil(-h.mean_days * ln(greatest(u(h.id, 'lag'), 1e-9))) END::INT AS lag
      FROM k h),
    d AS (
      SELECT h.*, h.found_date + CASE WHEN h.immediate THEN 7 WHEN h.supervised THEN 60 + ui(h.id, 'plan', 120)
          ELSE 20 + ui(h.id, 'plan', 100) END::INT AS deadline,
        CASE WHEN h.found_date + h.lag <= DATE '${SNAPSHOT}' THEN h.found_date + h.lag END AS rectified_date
      FROM l h)
    SELECT h.id, h.enterprise_id, h.site_id, h.sector, h.category, cl.label || '（' || ${LOCATION_SQL} || '）' AS description,
      h.source, h.found_date, h.source = 'self_check' AND u(h.id, 'rep') < CASE h.quality WHEN 'good' THEN 0.96
        WHEN 'fair' THEN 0.9 ELSE 0.72 END AS reported,
      CASE WHEN h.supervised THEN ${weighted(`u(h.id, 'suplvl')`, [['province', 6], ['city', 24], ['county', 70]])} END
        AS supervision_level,
      CASE WHEN h.enterprise_id IS NOT NULL AND u(h.id, 'resp') < 0.6 THEN h.principal ELSE ${personSql('h.id', "'resp'")} END
        AS responsible_person,
      ${MEASURES_SQL} AS measures, round(${FUNDS} * lognorm(h.id, 'funds', 0.8), 1) AS funds_wan, h.deadline,
      h.rectified_date, h.inspection_id, h.flag_zero_enforcement, h.repeat_offender, h.quality,
      h.province_code, h.city_code, h.county_code, h.town_code, h.lon, h.lat
    FROM d h JOIN cat_label cl USING (category)`);
  await conn.run(`CREATE OR REPLACE TABLE hz AS
    WITH v AS (
      SELECT h.*, CASE WHEN h.rectified_date + 3 + ui(h.id, 'ver', 28)::INT <= DATE '${SNAPSHOT}'
        THEN h.rectified_date + 3 + ui(h.id, 'ver', 28)::INT END AS verified_date,
        NOT h.flag_zero_enforcement AND CASE
          WHEN h.source = 'self_check' THEN NOT h.reported AND u(h.id, 'pen') < 0.25
          WHEN h.repeat_offender THEN u(h.id, 'pen') < 0.9
          ELSE u(h.id, 'pen') < CASE h.quality WHEN 'good' THEN 0.22 WHEN 'fair' THEN 0.34 ELSE 0.5 END END
          AND h.enterprise_id IS NOT NULL AS penalized
      FROM hz h)
    , s AS (
      SELECT v.*, CASE WHEN v.verified_date IS NOT NULL THEN 'verified' WHEN v.rectified_date IS NOT NULL THEN 'rectified'
          WHEN u(v.id, 'open') < CASE WHEN DATE '${SNAPSHOT}' - v.found_date < 14 THEN 0.6 ELSE 0.15 END THEN 'open'
          ELSE 'rectifying' END AS status,
        v.penalized AND (v.repeat_offender OR u(v.id, 'dual') < 0.45) AS dual_penalty
      FROM v)
    SELECT s.*, CASE WHEN s.penalized THEN round(least(50, greatest(1, 3 * lognorm(s.id, 'fine', 0.7)))
      + CASE WHEN s.dual_penalty THEN 1 + ui(s.id, 'pfine', 5) ELSE 0 END, 1) END AS fine_wan
    FROM s ORDER BY s.id`);
}
