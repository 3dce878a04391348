// Coverage of the four lists (4张清单覆盖情况) per sub-jurisdiction or per sector, the 合计 row first.
import { DUTY_CHAIN } from '../domain/lists';
import { COVERAGE_TOTAL, type CoverageBy, type CoverageRow } from '../queries/reports/coverage';
import type { Cell, CellKind, GridColumn, GridDoc, ReportMeta } from './document';
import { asOfText, registerFileStem } from './risksDoc';

const col = (key: keyof CoverageRow, group: string, label: string, unit: string, kind: CellKind = 'count'): GridColumn =>
  ({ key, group, label, unit, kind, width: label.length > 5 ? 10 : 8 });

export function coverageColumns(by: CoverageBy): GridColumn[] {
  return [
    { key: 'name', label: by === 'child' ? '行政区划' : '行业领域', kind: 'text', width: 18, nowrap: true },
    col('risks', '基础清单', '重大安全风险', '项'),
    col('control_filed', '防控清单', '已建立', '项'),
    col('control_in_place', '防控清单', '措施全部落实', '项'),
    col('monitored', '防控清单', '在线监测', '项'),
    col('duty_complete', '责任清单', '三级责任人明确', '项'),
    col('emergency_filed', '应急清单', '已建立', '项'),
    col('drill_overdue', '应急清单', '演练超期', '项'),
    col('controlled', '管控情况', '已管控', '项'),
    col('rate', '管控情况', '管控率', '%', 'rate'),
    col('objects_missing', '管控情况', '清单缺失对象', '个'),
  ];
}

export const COVERAGE_TITLES: Record<CoverageBy, string> = {
  child: '重大安全风险“4张清单”覆盖情况（分地区）',
  sector: '重大安全风险“4张清单”覆盖情况（分行业）',
};

export const COVERAGE_NOTES: readonly string[] = [
  '统计范围：所选行政区划及其全部下级区划，按所选行业领域、风险等级筛选；数据截至数据快照日（隐患最晚发现日期）。',
  `防控清单已建立：有防控措施；措施全部落实：全部防控措施已落实。责任清单：${DUTY_CHAIN.map((d) => d.label).join('、')}均明确责任人。`,
  '应急清单已建立：有应急预案、救援队伍、物资和疏散路线；演练超期：从未演练或最近一次演练早于数据快照日减去演练周期（高危行业领域6个月，其他12个月）。',
  '已管控：防控措施全部落实、三级责任人明确、应急清单已建立且演练未超期；管控率 = 已管控 / 重大安全风险。',
  '清单缺失对象：至少一项风险没有防控清单、未明确全部三级责任人或没有应急清单的企业和场所（按对象去重；不含没有风险记录的重点企业，见“清单缺失对象”清单）。',
];

export function coverageDoc(by: CoverageBy, rows: readonly CoverageRow[], meta: ReportMeta): GridDoc {
  const columns = coverageColumns(by);
  const asOf = asOfText(meta.month);
  return {
    type: 'grid',
    sheet: by === 'child' ? '分地区覆盖情况' : '分行业覆盖情况',
    title: `${meta.divisionName}${COVERAGE_TITLES[by]}`,
    subtitle: [`填报单位：${meta.divisionName}`, asOf ? `数据截至：${asOf}` : ''],
    columns,
    rows: rows.map((r) => Object.fromEntries(columns.map((c) => [c.key, r[c.key as keyof CoverageRow] as Cell]))),
    strongRows: rows.filter((r) => r.key === COVERAGE_TOTAL).length,
    notes: COVERAGE_NOTES,
    fileName: registerFileStem(by === 'child' ? '4张清单覆盖情况（分地区）' : '4张清单覆盖情况（分行业）', meta),
  };
}
