// Sectors (行业领域), their lead departments, industry & trade industries and focus fields,
// and the rows of the per-sector statistics table (002 附件2).

export const departments = [
  { key: 'emergency', label: '应急管理局' },
  { key: 'energy', label: '能源局' },
  { key: 'natural_resources', label: '自然资源局' },
  { key: 'transport', label: '交通运输局' },
  { key: 'traffic_police', label: '公安交警' },
  { key: 'public_security', label: '公安局' },
  { key: 'agriculture', label: '农业农村局' },
  { key: 'housing', label: '住房城乡建设局' },
  { key: 'water', label: '水利局' },
  { key: 'power_supply', label: '供电局' },
  { key: 'fire_rescue', label: '消防救援机构' },
  { key: 'market_regulation', label: '市场监督管理局' },
  { key: 'culture_tourism', label: '文化和旅游局' },
  { key: 'industry_it', label: '工业和信息化局' },
  { key: 'commerce', label: '商务局' },
  { key: 'education', label: '教育体育局' },
  { key: 'health', label: '卫生健康局' },
  { key: 'science', label: '科技局' },
  { key: 'ecology', label: '生态环境局' },
  { key: 'park_committee', label: '园区管委会' },
] as const;

export const sectors = [
  { key: 'coal_mine', label: '煤矿', department: 'energy' },
  { key: 'non_coal_mine', label: '非煤矿山', department: 'emergency' },
  { key: 'illegal_mining', label: '非法盗采', department: 'natural_resources' },
  { key: 'hazardous_chemicals', label: '危险化学品', department: 'emergency' },
  { key: 'road_transport', label: '道路运输', department: 'transport' },
  { key: 'highway_facilities', label: '公路设施', department: 'transport' },
  { key: 'construction', label: '建筑施工', department: 'housing' },
  { key: 'fire_safety', label: '消防', department: 'fire_rescue' },
  { key: 'self_built_housing', label: '自建房', department: 'housing' },
  { key: 'urban_gas', label: '城镇燃气', department: 'housing' },
  { key: 'tourism', label: '旅游', department: 'culture_tourism' },
  { key: 'industry_trade', label: '工贸', department: 'emergency' },
  { key: 'waterway_fishing', label: '水上交通和渔业船舶', department: 'transport' },
  { key: 'civil_explosives', label: '民爆物品', department: 'industry_it' },
  { key: 'schools', label: '学校', department: 'education' },
  { key: 'special_equipment', label: '特种设备', department: 'market_regulation' },
  { key: 'water_conservancy', label: '水利', department: 'water' },
  { key: 'hydropower', label: '水电站', department: 'water' },
  { key: 'flood_control', label: '防汛减灾', department: 'water' },
  { key: 'electric_power', label: '电力', department: 'power_supply' },
  { key: 'commerce_logistics', label: '商贸服务和仓储物流', department: 'commerce' },
  { key: 'slaughter_biogas', label: '畜禽屠宰和农村沼气', department: 'agriculture' },
  { key: 'hospitals', label: '医院', department: 'health' },
  { key: 'laboratories', label: '实验室', department: 'science' },
  { key: 'industrial_parks', label: '各类园区', department: 'park_committee' },
  { key: 'other', label: '其他', department: 'emergency' },
] as const;

/** Finer split used by the per-sector table: construction projects and hydropower stations. */
export const subsectors = [
  { key: 'building_municipal', label: '房屋市政', sector: 'construction' },
  { key: 'highway', label: '公路', sector: 'construction' },
  { key: 'railway', label: '铁路', sector: 'construction' },
  { key: 'water', label: '水利', sector: 'construction' },
  { key: 'power', label: '电力', sector: 'construction' },
  { key: 'hydro_large', label: '5万千瓦（含）以上', sector: 'hydropower' },
  { key: 'hydro_small', label: '5万千瓦以下', sector: 'hydropower' },
] as const;

/** The eight industries of industry & trade (工贸). */
export const industries = [
  { key: 'metallurgy', label: '冶金' },
  { key: 'nonferrous', label: '有色' },
  { key: 'building_materials', label: '建材' },
  { key: 'machinery', label: '机械' },
  { key: 'light_industry', label: '轻工' },
  { key: 'textile', label: '纺织' },
  { key: 'tobacco', label: '烟草' },
  { key: 'commerce_trade', label: '商贸' },
] as const;

/** Focus fields (涉及领域) of industry & trade enterprises. */
export const focusFields = [
  { key: 'metal_smelting', label: '金属冶炼' },
  { key: 'wet_smelting', label: '湿法冶炼（硫化氢/砷化氢）' },
  { key: 'cement_clinker', label: '水泥熟料生产' },
  { key: 'dust_explosion', label: '粉尘涉爆' },
  { key: 'ammonia_refrigeration', label: '涉氨制冷' },
  { key: 'confined_space', label: '有限空间' },
  { key: 'vegetable_pickling', label: '蔬菜腌制' },
  { key: 'pv_lithium', label: '光伏锂电新能源' },
  { key: 'crowded_workplace', label: '人员密集场所' },
] as const;

/**
 * Rows of the per-sector statistics table (002 附件2). A row matches records by sector, by subsector
 * or by an enterprise flag; `parent` marks the indented "其中" rows.
 */
export const reportRows = [
  { key: 'transport', label: '交通运输', sectors: ['road_transport', 'waterway_fishing'] },
  { key: 'highway_facilities', label: '公路设施', sectors: ['highway_facilities'] },
  { key: 'construction', label: '建设项目', sectors: ['construction'] },
  { key: 'construction_building', label: '房屋市政', parent: 'construction', subsectors: ['building_municipal'] },
  { key: 'construction_highway', label: '公路', parent: 'construction', subsectors: ['highway'] },
  { key: 'construction_railway', label: '铁路', parent: 'construction', subsectors: ['railway'] },
  { key: 'construction_water', label: '水利', parent: 'construction', subsectors: ['water'] },
  { key: 'construction_power', label: '电力', parent: 'construction', subsectors: ['power'] },
  { key: 'industrial_parks', label: '各类园区', sectors: ['industrial_parks'] },
  { key: 'coal_mine', label: '煤矿', sectors: ['coal_mine'] },
  { key: 'non_coal_mine', label: '非煤矿山', sectors: ['non_coal_mine', 'illegal_mining'] },
  { key: 'self_built_housing', label: '自建房', sectors: ['self_built_housing'] },
  { key: 'urban_gas', label: '燃气设施', sectors: ['urban_gas'] },
  { key: 'special_equipment', label: '特种设备', sectors: ['special_equipment'] },
  { key: 'hazardous_chemicals', label: '化工和危化品', sectors: ['hazardous_chemicals'] },
  { key: 'tourism', label: '旅游', sectors: ['tourism'] },
  { key: 'fire_safety', label: '消防', sectors: ['fire_safety'] },
  { key: 'industry_trade', label: '工贸', sectors: ['industry_trade'] },
  { key: 'hydropower', label: '水电站', sectors: ['hydropower'] },
  { key: 'hydro_large', label: '5万（含）以上', parent: 'hydropower', subsectors: ['hydro_large'] },
  { key: 'hydro_small', label: '5万以下', parent: 'hydropower', subsectors: ['hydro_small'] },
  { key: 'flood_control', label: '防汛减灾', sectors: ['flood_control', 'water_conservancy'] },
  { key: 'old_installations', label: '老旧装置', flag: 'old_installation' },
  { key: 'high_risk_installations', label: '高危装置', flag: 'high_risk_installation' },
  { key: 'accident_prone', label: '事故易发多发企业', flag: 'accident_prone' },
  {
    key: 'other',
    label: '其他',
    sectors: [
      'civil_explosives', 'schools', 'electric_power', 'commerce_logistics',
      'slaughter_biogas', 'hospitals', 'laboratories', 'other',
    ],
  },
] as const;
