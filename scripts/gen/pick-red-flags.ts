// Picks the documented red-flag counties once and prints data/gen/red-flags.json (committed).
//   npx tsx scripts/gen/pick-red-flags.ts > data/gen/red-flags.json
// Rule: per province, ordinary counties (not functional zones or island/sea areas, with towns, not a seed place) ranked by
// FNV-1a hash of "<flag>:<code>"; the first one (two for Yunnan and Shanxi) of each flag, no county twice.
import { loadDivisions } from '../geo/divisions.ts';
import { hashString } from '../geo/prng.ts';

const FLAGS = ['zero_enforcement', 'self_check_silent', 'slow_progress', 'accident_hotspots'] as const;
const SEED_COUNTIES = new Set(['530302', '141128']);
/** Extra picks that make the seed cities' pictures interesting. */
const FIXED: Record<(typeof FLAGS)[number], string[]> = {
  zero_enforcement: [],
  self_check_silent: [],
  slow_progress: ['140215'],
  accident_hotspots: ['532501'],
};

const d = loadDivisions();
const withTowns = new Set(d.towns.map((t) => t.parentCode));
const used = new Set<string>(Object.values(FIXED).flat());
const out: Record<string, string[]> = {};
for (const flag of FLAGS) {
  const codes = [...FIXED[flag]];
  for (const p of d.provinces) {
    const candidates = d.counties
      .filter((c) => c.provinceCode === p.code && !c.functionalZone && withTowns.has(c.code) && !SEED_COUNTIES.has(c.code))
      .filter((c) => !/群岛|海域|委员会/.test(c.name))
      .filter((c) => !used.has(c.code))
      .sort((a, b) => hashString(`${flag}:${a.code}`) - hashString(`${flag}:${b.code}`) || a.code.localeCompare(b.code));
    const n = p.code === '530000' || p.code === '140000' ? 2 : 1;
    for (const c of candidates.slice(0, n)) {
      codes.push(c.code);
      used.add(c.code);
    }
  }
  out[flag] = codes.sort();
}
console.log(JSON.stringify(out, null, 2));
