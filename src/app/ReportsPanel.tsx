// 调度表: the generated progress table, per-sector table and hazard list of a jurisdiction and month,
// shown as the forms read and exported to XLSX / CSV from the same rows.
import { useMemo, useState } from 'react';
import { Panel, type PanelState } from '../components/Panel';
import { formatMonth } from '../components/format';
import { reportDocument, toCsv, toXlsx, XLSX_MIME, type ReportDoc } from '../export';
import { ancestryQuery } from '../queries/division';
import {
  DEFAULT_REPORT_MONTH, REPORT_MONTHS, REPORT_TABLE_LABELS, REPORT_TABLES, isReportTable, reportQuery, type ReportTable,
} from '../queries/reports';
import { REPORT_DEFINITIONS } from '../queries/reports/definitions';
import { downloadFile } from './reports/download';
import { ReportView } from './reports/ReportView';
import { useInView } from './useInView';
import { useQuery } from './useQuery';

const CSV_MIME = 'text/csv;charset=utf-8';

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

function ExportButtons({ doc }: { doc: ReportDoc | null }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const exportXlsx = async () => {
    if (!doc) return;
    setBusy(true);
    setError(null);
    try {
      downloadFile(`${doc.fileName}.xlsx`, await toXlsx(doc), XLSX_MIME);
    } catch (err) {
      setError(`导出失败：${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };
  const exportCsv = () => doc && downloadFile(`${doc.fileName}.csv`, toCsv(doc), CSV_MIME);
  return (
    <>
      <button type="button" disabled={!doc || busy} onClick={() => void exportXlsx()} data-export="xlsx">
        {busy ? '正在生成…' : '导出 XLSX'}
      </button>
      <button type="button" disabled={!doc} onClick={exportCsv} data-export="csv">导出 CSV</button>
      {error && <span className="error-text" role="alert">{error}</span>}
    </>
  );
}

export function ReportsPanel({ division }: { division: string | null }) {
  const [table, setTable] = useState<ReportTable>('progress');
  const [month, setMonth] = useState(DEFAULT_REPORT_MONTH);
  const [ref, inView] = useInView<HTMLDivElement>();
  const result = useQuery(reportQuery(table, { division, month }), inView);
  const chain = useQuery(division ? ancestryQuery(division) : null);
  const divisionName = division === null
    ? '全国'
    : (chain.status === 'ready' ? chain.data.find((d) => d.code === division)?.name : undefined) ?? division;
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
      <ExportButtons doc={state.status === 'ready' ? doc : null} />
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
