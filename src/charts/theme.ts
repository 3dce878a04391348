/** Colours chosen for a dark screen and a projector: high contrast, colour-blind-safe pairs. */
export const THEME = {
  font: '"Microsoft YaHei", "WenQuanYi Micro Hei", "PingFang SC", "Noto Sans CJK SC", sans-serif',
  text: '#d7e3f4',
  grid: 'rgba(215,227,244,0.12)',
  found: '#f2a93b',
  rectified: '#3fb6a8',
} as const;
