import { useState } from 'react';
import { CSV_MIME, toCsv, toXlsx, XLSX_MIME, type ReportDoc } from '../../export';
import { downloadFile } from './download';

/**
 * XLSX and CSV buttons for a generated table. `load` builds the document when clicked (a register
 * fetches every matching row then); null disables the buttons.
 */
export function ExportButtons({ load }: { load: (() => Promise<ReportDoc>) | null }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async (format: 'xlsx' | 'csv') => {
    if (!load) return;
    setBusy(true);
    setError(null);
    try {
      const doc = await load();
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
      <button type="button" disabled={!load || busy} onClick={() => void save('xlsx')} data-export="xlsx">{busy ? '正在生成…' : '导出 XLSX'}</button>
      <button type="button" disabled={!load || busy} onClick={() => void save('csv')} data-export="csv">导出 CSV</button>
      {error && <span className="error-text" role="alert">{error}</span>}
    </>
  );
}
