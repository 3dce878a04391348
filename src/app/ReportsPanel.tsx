// 调度表: the generated progress table, per-sector table and hazard list of a jurisdiction and month,
// shown as the forms read and exported to XLSX / CSV from the same rows.
import { useMemo, useState } from 'react';
import { Panel, type PanelState } from '../components/Panel';
import { formatMonth } from '../components/format';
import { reportDocument, type ReportDoc } from '../export';
import {
  DEFAULT_REPORT_MONTH, REPORT_MONTHS, REPORT_TABLE_LABELS, REPORT_TABLES, isReportTable, reportQuery, type ReportTable,
} from '../queries/reports';
import { REPORT_DEFINITIONS } from '../queries/reports/definitions';
import { ExportButtons } from './reports/ExportButtons';
import { ReportView } from './reports/ReportView';
import { useDivisionName } from './useDivisionName';
import { useInView } from './useInView';
import { useBelowFoldQuery } from './useQuery';

function Definitions({ table }: { table: ReportTable }) {
  return (
    <details className="report-definitions" style={{ marginTop: 8, fontSize: 13 }}>
      <summary>口径说明</summary>
      <ol>
        {REPORT_DEFINITIONS[table].map((line) => <li key={line}>{line}</li>)}
      </ol>
    </details>
  );
}

export function ReportsPanel({ division }: { division: string | null }) {
  const [table, setTable] = useState<ReportTable>('progress');
  const [month, setMonth] = useState(DEFAULT_REPORT_MONTH);
  const [ref, inView] = useInView<HTMLDivElement>();
  const result = useBelowFoldQuery(reportQuery(table, { division, month }), inView);
  const divisionName = useDivisionName(division);
  const data = result.status === 'ready' ? result.data : null;
  // Only the table's own rows and the title line feed the document; it is rebuilt when they change.
  const doc = useMemo(() => (data ? reportDocument(data, { divisionName, month }) : null), [data, divisionName, month]);
  let state: PanelState<ReportDoc> = { status: 'loading' };
  if (result.status === 'error') state = result;
  else if (result.status === 'ready' && doc) state = { status: 'ready', data: doc, refreshing: result.refreshing };
  const controls = (
    <div className="metric-select" style={{ flexWrap: 'wrap' }}>
      <select value={table} aria-label="报表" onChange={(e) => isReportTable(e.target.value) && setTable(e.target.value)}>
        {REPORT_TABLES.map((t) => <option key={t} value={t}>{REPORT_TABLE_LABELS[t]}</option>)}
      </select>
      <select value={month} aria-label="月份" onChange={(e) => setMonth(e.target.value)}>
        {REPORT_MONTHS.map((m) => <option key={m} value={m}>{formatMonth(m)}</option>)}
      </select>
      <ExportButtons load={state.status === 'ready' && doc ? () => Promise.resolve(doc) : null} />
    </div>
  );
  return (
    <div ref={ref}>
    <Panel
      title="调度表"
      region="reports"
      state={state}
      actions={controls}
      isEmpty={(d) => d.type === 'grid' && d.rows.length === 0}
      emptyText="所选范围和月份没有记录"
    >
      {(d) => (
        <>
          <ReportView doc={d} />
          <Definitions table={data?.table ?? table} />
        </>
      )}
    </Panel>
    </div>
  );
}
