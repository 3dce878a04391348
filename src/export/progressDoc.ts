// The progress table as the form of seed 001 附件3-1 / seed 002 附件1: four blocks, numbered items,
// two items per line. Labels follow 001 附件3-1 (the city-level form).
import type { ProgressKey, ProgressRow } from '../queries/reports/progress';
import { REPORT_DEFINITIONS } from '../queries/reports/definitions';
import {
  cellText, fileStem, monthEndText, type CellKind, type FormBlock, type FormDoc, type FormValue, type ReportMeta,
} from './document';

/** [item label, [key, flat label, unit, kind][]] per block, in the form's order. */
type ItemDef = [string, [ProgressKey, string, string, CellKind][]];

const one = (label: string, key: ProgressKey, unit: string, kind: CellKind = 'count'): ItemDef =>
  [`${label}（${unit}）`, [[key, label, unit, kind]]];

const BLOCKS: [string, ItemDef[]][] = [
  ['总体情况', [
    one('企业自查发现的重大事故隐患', 'self_found', '个'),
    one('企业自查发现重大事故隐患中已完成整改的', 'self_rectified', '个'),
    one('部门检查发现的重大事故隐患', 'dept_found', '个'),
    one('部门检查发现重大事故隐患中已完成整改的', 'dept_rectified', '个'),
    one('政府挂牌督办的重大事故隐患', 'supervised', '个'),
    one('挂牌督办重大事故隐患中已完成整改的', 'supervised_rectified', '个'),
  ]],
  ['对企业自查自改进行抽查检查情况', [
    one('部门抽查检查的企业总数', 'enterprises_checked', '家'),
    one('企业主要负责人未按要求亲自研究排查整治工作', 'no_principal_study', '家'),
    one('企业主要负责人未带队检查', 'no_principal_inspection', '家'),
    one('企业未制定分管负责人职责清单', 'no_duty_list', '家'),
    one('企业未依法建立安全管理机构和配足安全管理人员', 'no_safety_staff', '家'),
    one('电焊等特种作业岗位人员无证上岗作业', 'unlicensed_special_workers', '家'),
    one('外包外租安全管理混乱', 'outsourcing_disorder', '家'),
    one('未按规定开展应急演练、员工不熟悉逃生出口', 'no_drill', '家'),
  ]],
  ['部门精准严格执法情况', [
    one('帮扶指导重点市、县', 'assistance_regions', '个次'),
    one('帮扶指导重点企业', 'assistance_enterprises', '家次'),
    ['行政处罚（次，万元）', [['penalties', '行政处罚', '次', 'count'], ['fines_wan', '行政处罚罚款', '万元', 'wan']]],
    one('企业和企业主要负责人“一案双罚”', 'dual_penalties', '次'),
    one('移送司法机关', 'judicial_transfers', '人'),
    one('责令停产整顿', 'suspensions', '家'),
    one('曝光、约谈、联合惩戒企业', 'exposed_summoned_punished', '家'),
    ['公布典型执法案例（个），其中危险作业罪案例（个）', [
      ['cases_published', '公布典型执法案例', '个', 'count'],
      ['dangerous_operation_cases', '其中危险作业罪案例', '个', 'count'],
    ]],
    one('责任倒查追责问责', 'accountability_persons', '人'),
    one('约谈通报有关地区及部门', 'region_summons', '次'),
  ]],
  ['党委政府组织领导情况', [
    one('市、县、区党委政府分别组织专题学习安全生产十五条硬措施我省69项举措', 'study_sessions', '次'),
    one('市、县、区党委政府主要负责同志分别专题研究', 'special_meetings', '次'),
    one('市、县、区政府负责同志分别现场督导检查', 'onsite_supervisions', '次'),
    one('市、县、区安委会成员单位负责同志分别到企业宣讲', 'briefings', '次'),
    ['举报奖励（万元），其中匿名举报查实奖励（万元）', [
      ['whistle_rewards_wan', '举报奖励', '万元', 'wan'],
      ['anonymous_rewards_wan', '其中匿名举报查实奖励', '万元', 'wan'],
    ]],
    ['是否在省级主流媒体播放安全生产专题栏目', [['media_column', '是否在省级主流媒体播放安全生产专题栏目', '是/否', 'bool']]],
    one('市县两级配备专兼职技术检查员数量', 'tech_inspectors', '人'),
    one('组织开展考核巡查督导检查', 'assessments', '次'),
  ]],
];

const withText = (values: FormValue[]) => ({ values, text: itemText(values) });

export const PROGRESS_TITLE = '重大事故隐患专项排查整治2023行动进展情况调度表';

export function progressDoc(row: ProgressRow, meta: ReportMeta): FormDoc {
  const blocks: FormBlock[] = BLOCKS.map(([label, items]) => ({
    label,
    items: items.map(([itemLabel, values], i) => ({
      no: i + 1,
      label: itemLabel,
      ...withText(values.map(([key, flat, unit, kind]) => ({ key, label: flat, unit, kind, value: row[key] }))),
    })),
  }));
  return {
    type: 'form',
    sheet: '调度表',
    title: `${meta.divisionName}${PROGRESS_TITLE}`,
    subtitle: [`填报单位：${meta.divisionName}`, `时间：${monthEndText(meta.month)}`],
    blocks,
    notes: REPORT_DEFINITIONS.progress,
    fileName: fileStem('进度调度表', meta),
  };
}

/** Text of a form item's value cell: one value alone; two as the form's label reads them. */
function itemText(values: readonly FormValue[]): string {
  const [a, b] = values.map((v) => cellText(v.value, v.kind));
  if (b === undefined) return a ?? '';
  if (values[0]!.key === 'penalties') return `${a} 次，${b} 万元`;
  return `${a}，其中 ${b}`;
}
