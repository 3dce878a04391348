// Scales, calibration targets and time curves of the generated campaign.

export type GenScale = 'tiny' | 'small' | 'default' | 'large';

export interface ScaleSpec {
  /** Enterprises if the whole country were generated; provinces take their share of it. */
  nationalEnterprises: number;
  /** Province codes to generate; null = every province in divisions. */
  provinces: string[] | null;
}

export const SCALES: Record<GenScale, ScaleSpec> = {
  tiny: { nationalEnterprises: 100_000, provinces: ['140000'] },
  small: { nationalEnterprises: 1_000_000, provinces: ['530000', '140000'] },
  default: { nationalEnterprises: 1_000_000, provinces: null },
  large: { nationalEnterprises: 5_000_000, provinces: null },
};

/**
 * National figures published for the 2023 campaign (mid-September 2023 and early June 2023), expressed
 * per 1M generated enterprises. Every target below scales with the generated enterprise count.
 */
export const CALIBRATION = {
  asOf: '2023-09-15',
  earlyAsOf: '2023-06-10',
  found: 191_200,
  foundDepartment: 113_800,
  rectifiedDepartment: 88_400,
  foundSelf: 77_400,
  rectifiedSelf: 64_500,
  supervised: 31_600,
  supervisedRectified: 21_200,
  suspendedEarly: 35_000,
  finesEarlyWan: 70_000,
} as const;

export const PER_MILLION = {
  inspections: 600_000,
  /** Share of non-self-check hazards that come from public reports (举报). */
  reportShare: 0.025,
  sites: {
    single_pier_bridge: 8_000,
    waterside_cliff_road: 10_000,
    steep_downgrade: 3_500,
    tailings_dam: 6_000,
    high_slope: 2_000,
    tourism_facility: 3_000,
  },
  /** General enforcement actions over the whole span (not tied to one hazard). */
  enforcement: {
    summons: 30_000,
    exposure: 12_000,
    joint_punishment: 5_000,
    licence: 6_000,
    closure: 3_000,
    judicial_transfer: 2_500,
  },
  accidentsPerYear: 15_000,
} as const;

/** A piecewise-uniform distribution of dates: inclusive [start, end] segments with weights. */
export type Curve = readonly (readonly [string, string, number])[];

/** Self-checks: a peak in the self-check phase (June), a smaller bump in the follow-up's self-check. */
export const SELF_CHECK_CURVE: Curve = [
  ['2023-05-15', '2023-05-25', 3],
  ['2023-05-26', '2023-06-30', 46],
  ['2023-07-01', '2023-07-31', 16],
  ['2023-08-01', '2023-08-31', 9],
  ['2023-09-01', '2023-09-15', 4],
  ['2023-09-16', '2023-09-30', 3],
  ['2023-10-01', '2023-10-31', 3],
  ['2023-11-01', '2023-11-16', 2],
  ['2023-11-17', '2023-11-30', 2],
  ['2023-12-01', '2023-12-31', 5],
  ['2024-01-01', '2024-01-31', 4],
  ['2024-02-01', '2024-02-29', 2],
  ['2024-03-01', '2024-03-31', 1],
];

/** Department inspections and supervision: rising in June, a plateau from July to November. */
export const INSPECTION_CURVE: Curve = [
  ['2023-05-10', '2023-05-31', 3],
  ['2023-06-01', '2023-06-30', 10],
  ['2023-07-01', '2023-07-31', 15],
  ['2023-08-01', '2023-08-31', 18],
  ['2023-09-01', '2023-09-15', 9],
  ['2023-09-16', '2023-09-30', 8],
  ['2023-10-01', '2023-10-31', 14],
  ['2023-11-01', '2023-11-16', 6],
  ['2023-11-17', '2023-11-30', 4],
  ['2023-12-01', '2023-12-31', 6],
  ['2024-01-01', '2024-01-31', 3],
  ['2024-02-01', '2024-02-29', 2],
  ['2024-03-01', '2024-03-31', 2],
];

/** Suspensions and general penalties: front-loaded by the spring "百日攻坚" that the campaign absorbed. */
export const EARLY_ENFORCEMENT_CURVE: Curve = [
  ['2023-05-01', '2023-06-10', 45],
  ['2023-06-11', '2023-06-30', 8],
  ['2023-07-01', '2023-11-30', 35],
  ['2023-12-01', '2024-03-31', 12],
];

export const SNAPSHOT = '2024-03-31';

/** Share of a curve's weight on or before `day`. */
export function curveShare(curve: Curve, day: string): number {
  const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);
  let total = 0;
  let before = 0;
  for (const [start, end, w] of curve) {
    total += w;
    const days = (ms(end) - ms(start)) / 86_400_000 + 1;
    const upto = Math.min(days, Math.max(0, (ms(day) - ms(start)) / 86_400_000 + 1));
    before += (w * upto) / days;
  }
  return before / total;
}
