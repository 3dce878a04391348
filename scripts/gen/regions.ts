// Regional structure of the generated country: province sizes, sector mixes, terrain.
// Keys are 2-digit province prefixes. Values are relative weights, not statistics.

/** Relative number of enterprises per province (roughly economic size). */
export const PROVINCE_WEIGHT: Record<string, number> = {
  '11': 2.0, '12': 1.5, '13': 5.0, '14': 2.6, '15': 1.8, '21': 2.8, '22': 1.4, '23': 1.6,
  '31': 2.4, '32': 8.5, '33': 8.0, '34': 4.2, '35': 4.0, '36': 3.2, '37': 8.0,
  '41': 5.8, '42': 4.2, '43': 4.0, '44': 9.5, '45': 2.8, '46': 0.6,
  '50': 2.4, '51': 5.0, '52': 2.2, '53': 2.8, '54': 0.3,
  '61': 2.6, '62': 1.2, '63': 0.4, '64': 0.5, '65': 1.6,
};

/** National base mix of enterprises by sector (shares, sum about 1). */
export const SECTOR_BASE: Record<string, number> = {
  industry_trade: 0.29, fire_safety: 0.14, commerce_logistics: 0.1, construction: 0.075, road_transport: 0.055,
  hazardous_chemicals: 0.04, urban_gas: 0.025, special_equipment: 0.03, schools: 0.03, hospitals: 0.018,
  self_built_housing: 0.03, non_coal_mine: 0.028, tourism: 0.02, coal_mine: 0.0045, electric_power: 0.01,
  hydropower: 0.008, water_conservancy: 0.008, flood_control: 0.004, waterway_fishing: 0.01,
  civil_explosives: 0.002, slaughter_biogas: 0.01, laboratories: 0.005, industrial_parks: 0.003,
  illegal_mining: 0.001, other: 0.025,
};

/** Province multipliers of the base mix; sectors or provinces not listed keep 1. */
export const SECTOR_PROVINCE: Record<string, Record<string, number>> = {
  coal_mine: {
    '14': 14, '15': 7, '61': 6, '52': 7, '65': 3, '41': 2.5, '23': 2, '53': 1.8, '51': 1.4, '62': 1.5,
    '64': 2.5, '34': 1.2, '37': 1.2, '13': 0.7, '21': 0.7, '22': 0.5, '36': 0.6, '43': 0.9, '45': 0.2,
    '50': 0.6, '63': 1, '35': 0.4, '11': 0, '12': 0, '31': 0, '32': 0.2, '33': 0, '44': 0, '46': 0, '54': 0,
  },
  non_coal_mine: {
    '53': 3, '42': 2.6, '13': 2.6, '36': 1.6, '43': 1.6, '45': 1.6, '21': 1.6, '15': 1.6, '52': 1.3,
    '35': 1.3, '62': 1.3, '65': 1.3, '51': 1.3, '11': 0.2, '12': 0.2, '31': 0.1,
  },
  illegal_mining: { '53': 2.5, '14': 2, '52': 2, '45': 2, '15': 1.5, '11': 0, '12': 0, '31': 0 },
  hazardous_chemicals: { '37': 3, '32': 3, '33': 2.5, '44': 1.3, '13': 1.3, '21': 1.3, '64': 1.6, '12': 1.4 },
  industry_trade: { '44': 1.3, '32': 1.3, '33': 1.35, '35': 1.3, '54': 0.5, '63': 0.7, '62': 0.8 },
  waterway_fishing: {
    '32': 2, '33': 2, '35': 2, '37': 2, '44': 2, '46': 3, '42': 2, '43': 2, '36': 2, '34': 2,
    '62': 0.3, '63': 0.3, '64': 0.3, '65': 0.3, '15': 0.3, '14': 0.3, '54': 0.3,
  },
  tourism: { '53': 2.5, '52': 2, '45': 1.8, '43': 1.5, '33': 1.5, '51': 1.5, '46': 2, '54': 2, '50': 1.5, '35': 1.3 },
  hydropower: {
    '53': 4, '51': 4, '52': 2.5, '54': 3, '45': 2, '43': 2, '42': 2, '35': 2, '33': 1.5, '36': 1.5,
    '62': 1.5, '63': 2, '12': 0.1, '31': 0.1, '37': 0.2, '32': 0.2, '13': 0.3, '41': 0.4, '64': 0.5,
  },
  urban_gas: { '11': 1.4, '31': 1.4, '12': 1.3, '44': 1.2 },
};

/** How mountainous a province is: drives cliff roads, steep downgrades, slopes and tourism sites. */
export const MOUNTAIN: Record<string, number> = {
  '53': 3, '52': 3, '51': 2.5, '50': 2.5, '54': 2, '61': 2, '62': 2, '43': 1.8, '42': 1.8, '45': 1.8,
  '35': 1.5, '36': 1.2, '33': 1.2, '14': 1.8, '63': 1.5, '65': 1, '13': 1, '41': 0.8, '15': 0.8,
  '21': 0.8, '22': 0.7, '23': 0.5, '44': 1, '46': 0.6, '34': 0.8, '64': 1, '11': 0.5, '12': 0.05,
  '31': 0.02, '32': 0.1, '37': 0.5,
};

/** Tailings dams: non-ferrous and iron-ore provinces. */
export const TAILINGS: Record<string, number> = {
  '53': 3, '42': 3, '13': 3, '21': 1.6, '36': 1.6, '43': 1.6, '45': 1.6, '15': 1.6, '14': 1.6, '62': 1.6,
  '11': 0.1, '12': 0.1, '31': 0.05, '46': 0.2, '32': 0.3,
};

/** Industry & trade: provinces with more of one industry. */
export const INDUSTRY_PROVINCE: Record<string, Record<string, number>> = {
  metallurgy: { '13': 3, '14': 2, '21': 2, '32': 1.5, '37': 1.5, '15': 1.5 },
  nonferrous: { '53': 3, '36': 2.5, '43': 2, '62': 2.5, '15': 2, '45': 2, '64': 2, '65': 1.5 },
  machinery: { '32': 1.6, '33': 1.6, '44': 1.6, '37': 1.3, '31': 1.5 },
  textile: { '33': 2.5, '32': 2.2, '37': 1.5, '35': 2, '44': 1.5 },
  tobacco: { '53': 6, '52': 4, '43': 2, '41': 1.5 },
};

export const INDUSTRY_BASE: Record<string, number> = {
  metallurgy: 0.06, nonferrous: 0.06, building_materials: 0.2, machinery: 0.28, light_industry: 0.22,
  textile: 0.08, tobacco: 0.01, commerce_trade: 0.09,
};

/** County multipliers by kind: districts are urban, counties and banners rural. */
export const KIND_SECTOR: Record<'district' | 'city' | 'county', Record<string, number>> = {
  district: {
    fire_safety: 1.7, commerce_logistics: 1.6, hospitals: 1.5, schools: 1.2, urban_gas: 1.6, construction: 1.4,
    laboratories: 2, coal_mine: 0.3, non_coal_mine: 0.3, illegal_mining: 0.2, hydropower: 0.3, slaughter_biogas: 0.4,
    self_built_housing: 0.8, flood_control: 0.5, tourism: 0.8,
  },
  city: {},
  county: {
    fire_safety: 0.7, commerce_logistics: 0.7, urban_gas: 0.6, laboratories: 0.3, coal_mine: 1.4, non_coal_mine: 1.5,
    illegal_mining: 1.5, hydropower: 1.5, slaughter_biogas: 1.6, self_built_housing: 1.2, tourism: 1.2, flood_control: 1.4,
  },
};

/** Extra weight for the seed places, so that each has plausible, non-trivial data. */
export const SEED_BOOST: Record<string, number> = {
  '530302': 3.0, // 麒麟区
  '141128': 1.2, // 方山县 (积翠镇 also gets three forced sites, see sites.ts)
};
export const SEED_CITY_BOOST: Record<string, number> = {
  '532500': 1.5, // 红河州
  '140200': 1.5, // 大同市
};

export function provinceMap(table: Record<string, number>, fallback = 1): (prefix: string) => number {
  return (prefix) => table[prefix] ?? fallback;
}
