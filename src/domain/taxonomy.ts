// The one taxonomy module shared by the data generator and the app: stable English keys, Chinese labels.
// Browser-safe: no Node imports.
import { industryTradeGroups, industryTradeItems } from './criteria-industry-trade.ts';
import { criteriaDocuments, sectorCategories } from './criteria-sectors.ts';
import {
  accidentLevels, activityTypes, dutyRoles, enforcementTypes, enterpriseSizes, hazardSources, hazardStatuses,
  inspectorTypes, measureTypes, orgLevels, resourceCategories, riskLevels, riskObjectTypes, riskTypes, siteTypes,
  spotCheckFindings, supervisionLevels, tourismFacilityKinds,
} from './enums.ts';
import { resourceKinds } from './lists.ts';
import { campaignPhases, followupPhases } from './phases.ts';
import { departments, focusFields, industries, reportRows, sectors, subsectors } from './sectors.ts';

export * from './enums.ts';
export * from './phases.ts';
export * from './sectors.ts';
export { criteriaDocuments, sectorCategories, industryTradeGroups, industryTradeItems };

export interface HazardCategory {
  readonly key: string;
  readonly label: string;
  readonly criteria: string;
  /** management / industry / special for industry & trade; a sub-group for other criteria. */
  readonly group: string;
  /** Industry or focus field of an industry & trade item, else null. */
  readonly field: string | null;
}

/** Every hazard category: the 64 industry & trade items first, then the other sectors' categories. */
export const hazardCategories: readonly HazardCategory[] = [
  ...industryTradeItems.map((i) => ({ ...i, criteria: 'industry_trade_2023' })),
  ...sectorCategories.map((s) => ({ ...s, field: null })),
];

interface Labelled {
  readonly key: string;
  readonly label: string;
}

const registries = {
  sector: sectors,
  subsector: subsectors,
  department: departments,
  industry: industries,
  focus_field: focusFields,
  report_row: reportRows,
  criteria: criteriaDocuments,
  hazard_category: hazardCategories,
  industry_trade_group: industryTradeGroups,
  source: hazardSources,
  status: hazardStatuses,
  supervision_level: supervisionLevels,
  risk_level: riskLevels,
  site_type: siteTypes,
  tourism_facility: tourismFacilityKinds,
  enforcement_type: enforcementTypes,
  activity_type: activityTypes,
  accident_level: accidentLevels,
  risk_type: riskTypes,
  measure_type: measureTypes,
  duty_role: dutyRoles,
  inspector: inspectorTypes,
  finding: spotCheckFindings,
  object_type: riskObjectTypes,
  enterprise_size: enterpriseSizes,
  org_level: orgLevels,
  resource_kind: resourceKinds,
  resource_category: resourceCategories,
  phase: [...campaignPhases, ...followupPhases],
} as const satisfies Record<string, readonly Labelled[]>;

export type TaxonomyKind = keyof typeof registries;
export type KeyOf<K extends TaxonomyKind> = (typeof registries)[K][number]['key'];

export type SectorKey = KeyOf<'sector'>;
export type SourceKey = KeyOf<'source'>;
export type StatusKey = KeyOf<'status'>;
export type SupervisionLevelKey = KeyOf<'supervision_level'>;
export type RiskLevelKey = KeyOf<'risk_level'>;
export type SiteTypeKey = KeyOf<'site_type'>;
export type EnforcementTypeKey = KeyOf<'enforcement_type'>;
export type ActivityTypeKey = KeyOf<'activity_type'>;
export type AccidentLevelKey = KeyOf<'accident_level'>;
export type RiskTypeKey = KeyOf<'risk_type'>;
export type MeasureTypeKey = KeyOf<'measure_type'>;
export type DutyRoleKey = KeyOf<'duty_role'>;
export type FindingKey = KeyOf<'finding'>;
export type ResourceCategoryKey = KeyOf<'resource_category'>;

const index = new Map<string, Map<string, string>>(
  Object.entries(registries).map(([kind, list]) => [
    kind,
    new Map((list as readonly Labelled[]).map((e) => [e.key, e.label])),
  ]),
);

/** Every entry of one kind, in display order. */
export function entries(kind: TaxonomyKind): readonly Labelled[] {
  return registries[kind];
}

/** Chinese label of a key; the key itself when unknown (imported data may carry new keys). */
export function label(kind: TaxonomyKind, key: string | null | undefined): string {
  if (key == null) return '';
  return index.get(kind)?.get(key) ?? key;
}

export function keys(kind: TaxonomyKind): string[] {
  return registries[kind].map((e) => e.key);
}

export function riskColor(level: string): string {
  return riskLevels.find((r) => r.key === level)?.color ?? '#9E9E9E';
}

/** Overdue: past its deadline on `asOf` and not rectified by then (ISO dates compare as strings). */
export function isOverdue(deadline: string | null, rectifiedDate: string | null, asOf: string): boolean {
  if (deadline == null || deadline >= asOf) return false;
  return rectifiedDate == null || rectifiedDate > asOf;
}
