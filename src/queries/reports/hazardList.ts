// The hazard list (重大事故隐患清单, seed 001 附件3-2): one row per hazard of the jurisdiction found from the
// campaign start to the month end. Rectification and penalties are judged as of the month end.
import { maskPhone } from '../../components/mask';
import { makeSpec, rowsOf, type QuerySpec } from '../spec';
import { dateBetween, inJurisdiction, numOrNull, rectifiedBy, reportWindow, strOrNull, type ReportParams } from './common';

export interface HazardListRow {
  id: string;
  city: string | null;
  county: string | null;
  town: string | null;
  /** Enterprise name, or the site's name for a hazard of a high-risk site. */
  enterprise: string | null;
  description: string;
  sector: string;
  category: string;
  source: string;
  found_date: string;
  deadline: string | null;
  /** Supervision level key (province/city/county) or null when not listed (挂牌督办). */
  supervision_level: string | null;
  rectified: boolean;
  rectified_date: string | null;
  penalized: boolean;
  /** 一案双罚: the principal was punished too. */
  principal_punished: boolean;
  fine_wan: number | null;
  responsible_person: string | null;
  principal: string | null;
  /** Always masked (138****1234). */
  phone: string | null;
}

export function hazardListQuery(params: ReportParams): QuerySpec<HazardListRow[]> {
  const w = reportWindow(params.month);
  const juris = (alias: string) => inJurisdiction(params.division, alias);
  const day = (col: string) => `strftime(${col}, '%Y-%m-%d')`;
  const sql = `WITH
  pen AS (
    SELECT f.hazard_id, sum(f.fine_wan) AS fine_wan, bool_or(f.type = 'dual_penalty') AS dual
    FROM enforcement f
    WHERE ${juris('f')} AND f.hazard_id IS NOT NULL AND f.type IN ('penalty', 'dual_penalty')
      AND ${dateBetween('f.date', w.start, w.end)}
    GROUP BY f.hazard_id)
SELECT h.id, dc.name AS city, dn.name AS county, dt.name AS town, coalesce(e.name, s.name) AS enterprise,
  h.description, h.sector, h.category, h.source, ${day('h.found_date')} AS found_date, ${day('h.deadline')} AS deadline,
  h.supervision_level, ${rectifiedBy('h', w.end)} AS rectified,
  CASE WHEN ${rectifiedBy('h', w.end)} THEN ${day('h.rectified_date')} END AS rectified_date,
  p.hazard_id IS NOT NULL AS penalized, coalesce(p.dual, false) AS principal_punished,
  round(p.fine_wan, 2)::DOUBLE AS fine_wan, h.responsible_person, e.principal, e.phone
FROM hazards h
LEFT JOIN enterprises e ON e.id = h.enterprise_id
LEFT JOIN sites s ON s.id = h.site_id
LEFT JOIN divisions dc ON dc.code = h.city_code
LEFT JOIN divisions dn ON dn.code = h.county_code
LEFT JOIN divisions dt ON dt.code = h.town_code
LEFT JOIN pen p ON p.hazard_id = h.id
WHERE ${juris('h')} AND ${dateBetween('h.found_date', w.start, w.end)}
ORDER BY h.city_code, h.county_code, h.town_code NULLS FIRST, h.found_date, h.id`;
  return makeSpec(['hazards', 'enterprises', 'sites', 'divisions', 'enforcement'], sql, decodeHazards);
}

function decodeHazards(table: Parameters<typeof rowsOf>[0]): HazardListRow[] {
  return rowsOf<Record<string, unknown>>(table).map((r) => ({
    id: String(r.id),
    city: strOrNull(r.city),
    county: strOrNull(r.county),
    town: strOrNull(r.town),
    enterprise: strOrNull(r.enterprise),
    description: String(r.description ?? ''),
    sector: String(r.sector ?? ''),
    category: String(r.category ?? ''),
    source: String(r.source ?? ''),
    found_date: String(r.found_date),
    deadline: strOrNull(r.deadline),
    supervision_level: strOrNull(r.supervision_level),
    rectified: r.rectified === true,
    rectified_date: strOrNull(r.rectified_date),
    penalized: r.penalized === true,
    principal_punished: r.principal_punished === true,
    fine_wan: numOrNull(r.fine_wan),
    responsible_person: strOrNull(r.responsible_person),
    principal: strOrNull(r.principal),
    phone: r.phone == null || r.phone === '' ? null : maskPhone(r.phone),
  }));
}
