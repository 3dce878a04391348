// The four lists of major safety risks (4张清单) and the rules the map, registers, coverage and
// emergency analysis share. Browser-safe, no Node imports; the generator uses the same constants.

export const listKinds = [
  { key: 'basic', label: '基础清单', short: '基础' },
  { key: 'control', label: '防控清单', short: '防控' },
  { key: 'duty', label: '责任清单', short: '责任' },
  { key: 'emergency', label: '应急清单', short: '应急' },
] as const;
export type ListKey = (typeof listKinds)[number]['key'];
export const LIST_KEYS: readonly ListKey[] = listKinds.map((l) => l.key);

/**
 * 高危行业领域: enterprises here must drill their emergency plan every half year (002: "高危行业领域企业
 * 每半年至少1次"); everyone else at least once a year.
 */
export const HIGH_RISK_SECTORS = ['coal_mine', 'non_coal_mine', 'illegal_mining', 'hazardous_chemicals', 'civil_explosives'] as const;
export const DRILL_MONTHS_HIGH_RISK = 6;
export const DRILL_MONTHS = 12;

/** The three responsibilities every risk names (责任清单), in the order of the chain. */
export const DUTY_CHAIN = [
  { role: 'enterprise', label: '企业主体责任' },
  { role: 'department', label: '部门监管责任' },
  { role: 'local_government', label: '属地管理责任' },
] as const;
export const DUTY_PRINCIPLES = ['管行业必须管安全、管业务必须管安全、管生产经营必须管安全', '党政同责、一岗双责、齐抓共管、失职追责'] as const;

/** Emergency resources (应急资源) as stored in `emergency_resources.kind`. */
export const resourceKinds = [
  { key: 'team', label: '救援队伍' },
  { key: 'depot', label: '物资储备库' },
] as const;

/**
 * 头顶库 rule: a tailings dam with a settlement (village or town label point) less than
 * HEAD_DAM_KM downstream, "downstream" being within ±DOWNSTREAM_HALF_ANGLE degrees of the
 * dam's `downstream_bearing` (degrees clockwise from north). Distances are great-circle
 * (turf, earth radius 6371.0088 km).
 */
export const HEAD_DAM_KM = 1;
export const DOWNSTREAM_HALF_ANGLE = 45;
/** The stored `villages_downstream` counts settlements in the downstream sector within this distance. */
export const DOWNSTREAM_COUNT_KM = 5;
export const EARTH_RADIUS_KM = 6371.0088;
