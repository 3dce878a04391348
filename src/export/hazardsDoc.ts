// The hazard list of seed 001 附件3-2: the form's columns first (州市 … 处罚情况), then the record's
// details that a committee office asks for (town, sector, source, dates, people with masked phones).
import { label } from '../domain/taxonomy';
import { REPORT_DEFINITIONS } from '../queries/reports/definitions';
import type { HazardListRow } from '../queries/reports/hazardList';
import { fileStem, monthEndText, type Cell, type GridColumn, type GridDoc, type ReportMeta } from './document';

const text = (key: string, lbl: string, width: number, group?: string): GridColumn =>
  ({ key, label: lbl, kind: 'text', width, ...(group ? { group } : {}) });
const oneLine = (key: string, lbl: string, width: number): GridColumn => ({ ...text(key, lbl, width), nowrap: true });

export const HAZARD_COLUMNS: GridColumn[] = [
  { key: 'seq', label: '序号', kind: 'count', width: 6 },
  text('city', '州市', 10),
  text('county', '县区', 10),
  text('enterprise', '企业名称', 24),
  text('description', '重大事故隐患', 36),
  text('supervised', '是否挂牌督办', 10),
  text('rectified', '是否整改', 8),
  text('penalized', '是否处罚', 8),
  text('principal_penalty', '主要负责人', 10, '处罚情况'),
  text('enterprise_penalty', '企业', 14, '处罚情况'),
  text('town', '乡镇（街道）', 12),
  text('sector', '行业领域', 12),
  text('source', '隐患来源', 10),
  oneLine('found_date', '发现日期', 12),
  oneLine('deadline', '整改期限', 12),
  oneLine('rectified_date', '整改完成日期', 12),
  text('responsible_person', '隐患整改责任人', 10),
  text('principal', '企业主要负责人', 10),
  oneLine('phone', '联系电话', 14),
  oneLine('id', '隐患编号', 22),
];

export const HAZARDS_TITLE = '重大事故隐患清单';

const yesNo = (b: boolean) => (b ? '是' : '否');

function supervisedText(level: string | null): string {
  return level ? `是（${label('org_level', level)}）` : '否';
}

export function hazardCells(r: HazardListRow, seq: number): Record<string, Cell> {
  return {
    seq,
    city: r.city,
    county: r.county,
    enterprise: r.enterprise,
    description: r.description,
    supervised: supervisedText(r.supervision_level),
    rectified: yesNo(r.rectified),
    penalized: yesNo(r.penalized),
    principal_penalty: r.principal_punished ? '一案双罚' : '',
    enterprise_penalty: r.penalized ? `罚款${r.fine_wan ?? 0}万元` : '',
    town: r.town,
    sector: label('sector', r.sector),
    source: label('source', r.source),
    found_date: r.found_date,
    deadline: r.deadline,
    rectified_date: r.rectified_date ?? '',
    responsible_person: r.responsible_person,
    principal: r.principal,
    phone: r.phone,
    id: r.id,
  };
}

export function hazardsDoc(rows: readonly HazardListRow[], meta: ReportMeta): GridDoc {
  return {
    type: 'grid',
    sheet: '隐患清单',
    title: `${meta.divisionName}${HAZARDS_TITLE}`,
    subtitle: [`填报单位：${meta.divisionName}`, `时间：${monthEndText(meta.month)}`],
    columns: HAZARD_COLUMNS,
    rows: rows.map((r, i) => hazardCells(r, i + 1)),
    notes: REPORT_DEFINITIONS.hazards,
    fileName: fileStem('隐患清单', meta),
  };
}
