// The reconciliation report (geo-report.json) and its printed summary. No timestamps: byte-stable.
import type { Geography } from './compute.ts';
import type { CrosswalkRow } from './crosswalk.ts';
import type { SourceFeature } from './types.ts';

const describe = (f: SourceFeature): { code: string | null; name: string; file: string } =>
  ({ code: f.code, name: f.name, file: f.key });

export function buildReport(geo: Geography, crosswalk: CrosswalkRow[], versions: Record<string, string>): object {
  const m = geo.matching;
  const counties = geo.divisions.filter((d) => d.level === 'county');
  const legal = counties.filter((c) => !c.functionalZone);
  const withBoundary = legal.filter((c) => c.hasBoundary);
  const byRule: Record<string, number> = {};
  for (const a of m.assignments.values()) byRule[a.rule] = (byRule[a.rule] ?? 0) + 1;
  byRule.split = m.splits.reduce((n, j) => n + j.targets.length, 0);
  const name = new Map(counties.map((c) => [c.code, c.name]));
  const count = (level: string): number => geo.divisions.filter((d) => d.level === level).length;
  return {
    sources: versions,
    summary: {
      provinces: count('province'),
      cities: count('city'),
      counties: counties.length,
      towns: count('town'),
      functional_zones: counties.length - legal.length,
      counties_with_boundary: withBoundary.length,
      counties_lacking_boundary: legal.length - withBoundary.length,
      county_coverage_pct: Math.round((1000 * withBoundary.length) / legal.length) / 10,
      approximate_county_outlines: withBoundary.filter((c) => c.boundaryApproximate).length,
      towns_with_schematic_area: geo.divisions.filter((d) => d.level === 'town' && d.hasBoundary).length,
      matched_by_rule: Object.fromEntries(Object.entries(byRule).sort()),
      package_features_unused: m.unused.length,
      package_features_ignored: m.ignored.length,
    },
    city_code_changes: m.cityChanges,
    code_name_mismatches: m.nameMismatches,
    resolved: [...m.assignments.values()].filter((a) => a.rule !== 'code')
      .sort((a, b) => (a.code < b.code ? -1 : 1))
      .map((a) => ({ code: a.code, name: name.get(a.code), rule: a.rule, approximate: a.approximate, from: a.features.map(describe) })),
    split: m.splits.map((j) => ({ from: j.features.map(describe), to: j.targets.map((t) => ({ code: t.code, name: name.get(t.code), seats: t.seats })) })),
    crosswalk: crosswalk.map((r) => ({ code: r.code, name: r.name, kind: r.kind, old_codes: r.oldCodes, approximate: r.approximate, source: r.source, note: r.note })),
    approximate_outlines: withBoundary.filter((c) => c.boundaryApproximate).map((c) => ({ code: c.code, name: c.name })),
    lacking_boundary: m.lacking.map((l) => ({ code: l.code, name: l.name, reason: l.reason, label_inside: l.containers.map((c) => c.code) })),
    functional_zones: counties.filter((c) => c.functionalZone).map((c) => ({ code: c.code, name: c.name, city_code: c.cityCode })),
    package_only: [
      ...m.unused.map((f) => ({ ...describe(f), reason: 'no division with this code or name (outside the mainland statistics or abolished)' })),
      ...m.ignored.map((f) => ({ ...describe(f), reason: 'feature without an id (misfiled copy of 沧州市); the cities package is used instead' })),
    ],
  };
}

export function summaryLines(report: object): string[] {
  const r = report as {
    summary: Record<string, unknown>; city_code_changes: { fromName: string; from: string; toName: string; to: string }[];
    lacking_boundary: { code: string; name: string }[]; package_only: { code: string | null; name: string }[];
  };
  const s = r.summary;
  return [
    `geo: ${s.provinces} provinces, ${s.cities} cities, ${s.counties} counties (${s.functional_zones} functional zones), ${s.towns} towns`,
    `geo: county outlines ${s.counties_with_boundary}/${Number(s.counties_with_boundary) + Number(s.counties_lacking_boundary)} (${s.county_coverage_pct}%), approximate ${s.approximate_county_outlines}; by rule ${JSON.stringify(s.matched_by_rule)}`,
    `geo: city codes changed: ${r.city_code_changes.map((c) => `${c.fromName} ${c.from} → ${c.toName} ${c.to}`).join('; ') || 'none'}`,
    `geo: lacking an outline: ${r.lacking_boundary.map((l) => `${l.code} ${l.name}`).join(', ') || 'none'}`,
    `geo: package only: ${r.package_only.filter((p) => p.code).map((p) => `${p.code} ${p.name}`).join(', ')} (+${r.package_only.filter((p) => !p.code).length} without id)`,
  ];
}
