// Generated tables → documents → files. Browser- and Node-safe (XLSX loads exceljs on demand).
import type { ReportData } from '../queries/reports';
import type { ReportDoc, ReportMeta } from './document';
import { hazardsDoc } from './hazardsDoc';
import { progressDoc } from './progressDoc';
import { sectorsDoc } from './sectorsDoc';

export * from './document';
export { CSV_MIME, toCsv } from './csv';
export { toXlsx, XLSX_MIME } from './xlsx';
export { asOfText, gridsToXlsx, registerDoc, registerFileStem } from './risksDoc';
export { COVERAGE_NOTES, COVERAGE_TITLES, coverageColumns, coverageDoc } from './coverageDoc';

/** The printable document of a table's rows. */
export function reportDocument(data: ReportData, meta: ReportMeta): ReportDoc {
  if (data.table === 'progress') return progressDoc(data.row, meta);
  if (data.table === 'sectors') return sectorsDoc(data.rows, meta);
  return hazardsDoc(data.rows, meta);
}
