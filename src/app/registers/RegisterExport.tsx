import { useState } from 'react';
import { registerDoc, toCsv, toXlsx, XLSX_MIME, type GridDoc } from '../../export';
import { registerQuery, type RegisterKey, type RegisterOptions } from '../../queries/reports/risks';
import type { AppState } from '../../state/types';
import { downloadFile } from '../reports/download';
import { runSpec } from '../useAsync';
import { useDivisionName } from './useDivisionName';

const CSV_MIME = 'text/csv;charset=utf-8';

interface Props {
  state: AppState;
  list: RegisterKey;
  options: RegisterOptions;
  asOf: string | null;
  disabled: boolean;
}

/** Export every row the register's search and filters match (not just the page on screen). */
export function RegisterExport({ state, list, options, asOf, disabled }: Props) {
  const divisionName = useDivisionName(state.division);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async (format: 'xlsx' | 'csv') => {
    setBusy(true);
    setError(null);
    try {
      const page = await runSpec(registerQuery(state, list, { ...options, limit: null }));
      const doc: GridDoc = registerDoc(list, page, { divisionName, month: asOf ?? '' });
      if (format === 'csv') downloadFile(`${doc.fileName}.csv`, toCsv(doc), CSV_MIME);
      else downloadFile(`${doc.fileName}.xlsx`, await toXlsx(doc), XLSX_MIME);
    } catch (err) {
      setError(`导出失败：${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" disabled={disabled || busy} onClick={() => void save('xlsx')} data-export="xlsx">{busy ? '正在生成…' : '导出 XLSX'}</button>
      <button type="button" disabled={disabled || busy} onClick={() => void save('csv')} data-export="csv">导出 CSV</button>
      {error && <span className="error-text" role="alert">{error}</span>}
    </>
  );
}
