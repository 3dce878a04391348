// Campaign phases (DOMAIN.md; seeds 000/002 for 2023, 003 for Datong's follow-up). Dates are inclusive ISO days.

export const campaignPhases = [
  { key: 'mobilisation', label: '动员部署', start: '2023-05-01', end: '2023-05-25' },
  { key: 'self_check', label: '自查自改和督导帮扶', start: '2023-05-26', end: '2023-06-30' },
  { key: 'enforcement', label: '精准执法', start: '2023-07-01', end: '2023-11-30' },
  { key: 'summary', label: '总结提高', start: '2023-12-01', end: '2023-12-31' },
  { key: 'followup', label: '持续深入开展专项排查整治', start: '2023-11-17', end: '2024-03-05' },
] as const;

/** Sub-phases of the follow-up campaign (seed 003, 大同). */
export const followupPhases = [
  { key: 'followup_mobilisation', label: '动员部署', start: '2023-11-17', end: '2023-11-30' },
  { key: 'followup_self_check', label: '自查提升', start: '2023-12-01', end: '2024-02-29' },
  { key: 'followup_inspection', label: '检查抽查', start: '2023-12-01', end: '2024-02-29' },
  { key: 'followup_summary', label: '总结提高', start: '2024-03-01', end: '2024-03-05' },
] as const;

/** The span of the campaign records and the day their statuses describe. */
export const dataSpan = { start: '2023-05-01', end: '2024-03-31', snapshot: '2024-03-31' } as const;

/** Accidents cover this longer span so that year-on-year comparisons work. */
export const accidentSpan = { start: '2022-01-01', end: '2024-03-31' } as const;
