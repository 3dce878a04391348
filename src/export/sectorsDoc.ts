// The per-sector statistics table of seed 002 附件2: grouped headers, a units row, the total rows and
// one row per sector, "其中" rows indented under their parent.
import { REPORT_DEFINITIONS } from '../queries/reports/definitions';
import { MONTH_ROW, TOTAL_ROW, type SectorRow } from '../queries/reports/sectors';
import { fileStem, monthEndText, type Cell, type CellKind, type GridColumn, type GridDoc, type ReportMeta } from './document';

const col = (key: string, group: string, label: string, unit: string, kind: CellKind = 'count'): GridColumn =>
  ({ key, group, label, unit, kind, width: label.length > 6 ? 10 : 7 });

export const SECTOR_COLUMNS: GridColumn[] = [
  { key: 'label', label: '行业领域', kind: 'text', width: 22, nowrap: true },
  col('risks', '排查重大风险', '排查重大风险', '项'),
  col('risks_controlled', '排查重大风险', '已落实“4个清单”管控措施', '项'),
  col('control_rate', '排查重大风险', '管控率', '%', 'rate'),
  col('hazards', '治理重大隐患', '发现重大隐患', '项'),
  col('hazards_with_measures', '治理重大隐患', '落实治理措施', '项'),
  col('hazards_supervised', '治理重大隐患', '其中：挂牌督办治理', '项'),
  col('hazards_rectified', '治理重大隐患', '已完成治理', '项'),
  col('rectification_rate', '治理重大隐患', '治理率', '%', 'rate'),
  col('problems', '解决突出问题', '梳理突出问题', '项'),
  col('problems_root_measures', '解决突出问题', '其中：落实治本措施', '项'),
  col('problems_rectified', '解决突出问题', '已整改', '项'),
  col('problems_rate', '解决突出问题', '整改率', '%', 'rate'),
  col('supervision_teams', '开展督导检查', '派出督导组', '个'),
  col('experts', '开展督导检查', '组织专家技术服务', '人'),
  col('enterprises_served', '开展督导检查', '检查服务企业单位', '家'),
  col('penalties', '执法处罚', '行政处罚', '次'),
  col('suspensions', '执法处罚', '责令停产整顿企业', '家'),
  col('licences', '执法处罚', '暂扣吊销证照企业', '家'),
  col('closures', '执法处罚', '关闭取缔企业', '家'),
  col('fines_wan', '执法处罚', '罚款', '万', 'wan'),
  col('judicial_persons', '执法处罚', '移送司法机关', '人'),
  col('summons', '约谈警示', '', '家'),
  col('joint_punishments', '联合惩戒', '', '家'),
  col('judicial_cases', '行刑衔接', '', '件'),
];

export const SECTORS_TITLE = '重大事故隐患专项排查整治2023行动工作情况统计表';

/** An ideographic space: kept by Excel, LibreOffice and HTML alike. */
const INDENT = '\u3000';

/** Row labels as the form prints them: the first child row reads "其中：…", children are indented. */
function rowLabels(rows: readonly SectorRow[]): string[] {
  const seen = new Set<string>();
  return rows.map((r) => {
    if (!r.parent) return r.label;
    const first = !seen.has(r.parent);
    seen.add(r.parent);
    return first ? `${INDENT}其中：${r.label}` : `${INDENT.repeat(4)}${r.label}`;
  });
}

export function sectorsDoc(rows: readonly SectorRow[], meta: ReportMeta): GridDoc {
  const labels = rowLabels(rows);
  return {
    type: 'grid',
    sheet: '分行业统计表',
    title: `${meta.divisionName}${SECTORS_TITLE}`,
    subtitle: [`填报单位：${meta.divisionName}`, `填报日期：${monthEndText(meta.month)}`],
    columns: SECTOR_COLUMNS,
    rows: rows.map((r, i) => {
      const out: Record<string, Cell> = { label: labels[i] ?? r.label };
      for (const c of SECTOR_COLUMNS.slice(1)) out[c.key] = r[c.key as keyof SectorRow] as Cell;
      return out;
    }),
    strongRows: rows.filter((r) => r.row === TOTAL_ROW || r.row === MONTH_ROW).length,
    notes: REPORT_DEFINITIONS.sectors,
    fileName: fileStem('分行业统计表', meta),
  };
}
