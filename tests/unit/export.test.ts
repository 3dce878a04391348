import { describe, expect, it } from 'vitest';
import { cellPlain, cellText, monthEndText, reportDocument, toCsv } from '../../src/export';
import { csvHeader } from '../../src/export/csv';
import { headerLayout } from '../../src/export/header';
import { HAZARD_COLUMNS } from '../../src/export/hazardsDoc';
import { SECTOR_COLUMNS } from '../../src/export/sectorsDoc';
import { PROGRESS_KEYS, REPORT_MONTHS, reportWindow, type HazardListRow, type ProgressRow } from '../../src/queries/reports';

const meta = { divisionName: '麒麟区', month: '2023-09' };

function progressRow(): ProgressRow {
  const row = Object.fromEntries(PROGRESS_KEYS.map((k, i) => [k, i + 1])) as unknown as ProgressRow;
  return { ...row, fines_wan: 1234.5, media_column: true, dangerous_operation_cases: null };
}

const hazard: HazardListRow = {
  id: 'H1', city: '曲靖市', county: '麒麟区', town: '南宁街道', enterprise: '某某"化工",有限公司', description: '第一行\n第二行',
  sector: 'hazardous_chemicals', category: 'x', source: 'self_check', found_date: '2023-06-05', deadline: '2023-06-12',
  supervision_level: 'county', rectified: true, rectified_date: '2023-06-10', penalized: true, principal_punished: true,
  fine_wan: 4.8, responsible_person: '张三', principal: '李四', phone: '153****9957',
};

describe('report window and months', () => {
  it('runs from the campaign start to the last day of the month', () => {
    expect(reportWindow('2024-02')).toEqual({ start: '2023-05-01', monthStart: '2024-02-01', end: '2024-02-29' });
    expect(reportWindow('2023-09').end).toBe('2023-09-30');
    expect(() => reportWindow('2023-9')).toThrow();
    expect(monthEndText('2023-06')).toBe('2023年6月30日');
  });

  it('offers May 2023 to March 2024', () => {
    expect(REPORT_MONTHS[0]).toBe('2023-05');
    expect(REPORT_MONTHS.at(-1)).toBe('2024-03');
    expect(REPORT_MONTHS).toHaveLength(11);
  });
});

describe('cells', () => {
  it('display zh-CN text and plain CSV values', () => {
    expect(cellText(12345, 'count')).toBe('12,345');
    expect(cellText(0.8031, 'rate')).toBe('80.3%');
    expect(cellText(null, 'count')).toBe('—');
    expect(cellText(true, 'bool')).toBe('是');
    expect(cellPlain(0.8031, 'rate')).toBe('80.3');
    expect(cellPlain(260.9000000001, 'wan')).toBe('260.9');
    expect(cellPlain(null, 'count')).toBe('');
  });
});

describe('progress document', () => {
  it('has the four blocks of the form with numbered items and every key once', () => {
    const doc = reportDocument({ table: 'progress', row: progressRow() }, meta);
    if (doc.type !== 'form') throw new Error('form expected');
    expect(doc.title).toBe('麒麟区重大事故隐患专项排查整治2023行动进展情况调度表');
    expect(doc.blocks.map((b) => [b.label, b.items.length])).toEqual([
      ['总体情况', 6], ['对企业自查自改进行抽查检查情况', 8], ['部门精准严格执法情况', 10], ['党委政府组织领导情况', 8],
    ]);
    const keys = doc.blocks.flatMap((b) => b.items.flatMap((i) => i.values.map((v) => v.key)));
    expect(keys).toEqual([...PROGRESS_KEYS]);
    const items = doc.blocks.flatMap((b) => b.items);
    expect(items.find((i) => i.values[0]!.key === 'penalties')!.text).toBe('17 次，1,234.5 万元');
    expect(items.find((i) => i.values[0]!.key === 'cases_published')!.text).toBe('23，其中 —');
    expect(items.find((i) => i.values[0]!.key === 'media_column')!.text).toBe('是');
  });

  it('writes CSV with a BOM, CRLF and one line per value', () => {
    const csv = toCsv(reportDocument({ table: 'progress', row: progressRow() }, meta));
    expect(csv.startsWith('\uFEFF板块,序号,项目,单位,数值,字段\r\n')).toBe(true);
    expect(csv).toContain('\r\n部门精准严格执法情况,3,行政处罚罚款,万元,1234.5,fines_wan\r\n');
    expect(csv).toContain(',其中危险作业罪案例,个,,dangerous_operation_cases\r\n');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + PROGRESS_KEYS.length);
  });
});

describe('grid headers', () => {
  it('lay out the per-sector header like 附件2', () => {
    const { rows, cells } = headerLayout(SECTOR_COLUMNS);
    expect(rows).toBe(3);
    const at = (text: string) => cells.find((c) => c.text === text)!;
    expect(at('行业领域')).toMatchObject({ row: 0, col: 0, rowSpan: 3, colSpan: 1 });
    expect(cells.find((c) => c.text === '排查重大风险' && c.row === 0)).toMatchObject({ col: 1, colSpan: 3 });
    expect(at('执法处罚')).toMatchObject({ colSpan: 6 });
    expect(at('约谈警示')).toMatchObject({ row: 0, rowSpan: 2, colSpan: 1 });
    expect(cells.filter((c) => c.row === 2)).toHaveLength(SECTOR_COLUMNS.length - 1);
    // Every grid position is covered exactly once.
    const covered = cells.reduce((n, c) => n + c.rowSpan * c.colSpan, 0);
    expect(covered).toBe(rows * SECTOR_COLUMNS.length);
  });

  it('lay out the hazard list header like 附件3-2', () => {
    const { rows, cells } = headerLayout(HAZARD_COLUMNS);
    expect(rows).toBe(2);
    expect(cells.find((c) => c.text === '处罚情况')).toMatchObject({ row: 0, colSpan: 2 });
    expect(cells.find((c) => c.text === '州市')).toMatchObject({ row: 0, rowSpan: 2 });
    expect(cells.filter((c) => c.row === 1).map((c) => c.text)).toEqual(['主要负责人', '企业']);
    expect(csvHeader(HAZARD_COLUMNS.find((c) => c.key === 'principal_penalty')!)).toBe('处罚情况-主要负责人');
  });
});

describe('hazard list document', () => {
  it('shows yes/no, the supervision level, penalties, and quotes CSV fields', () => {
    const doc = reportDocument({ table: 'hazards', rows: [hazard] }, meta);
    if (doc.type !== 'grid') throw new Error('grid expected');
    expect(doc.rows[0]).toMatchObject({
      seq: 1, supervised: '是（县级）', rectified: '是', penalized: '是', principal_penalty: '一案双罚',
      enterprise_penalty: '罚款4.8万元', sector: '危险化学品', source: '企业自查',
    });
    const csv = toCsv(doc);
    expect(csv).toContain('"某某""化工"",有限公司","第一行\n第二行"');
  });
});
