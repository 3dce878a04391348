import { Panel, type PanelState } from '../components/Panel';
import { formatCount } from '../components/format';
import { errorMessage, type TableStatus } from '../db';
import { useDb } from './useDb';

export const TABLE_LABELS: Record<string, string> = {
  divisions: '行政区划', boundaries: '边界', enterprises: '企业', sites: '高风险点位', hazards: '重大事故隐患',
  risks: '重大安全风险', risk_controls: '防控清单', risk_duties: '责任清单', risk_emergency: '应急清单', emergency_resources: '应急资源（队伍、物资库）', villages: '村庄（居民点）',
  inspections: '检查', enforcement: '执法', activities: '工作开展', accidents: '事故',
};

type RowStatus = TableStatus | { state: 'lazy'; rows: number };

function statusCell(s: RowStatus) {
  if (s.state === 'lazy') return <span className="muted" title="按需加载">{formatCount(s.rows)}（按需加载）</span>;
  if (s.state === 'loading') return <span className="muted">加载中…</span>;
  if (s.state === 'error') return <span className="error-text" role="alert">{errorMessage(s.error)}</span>;
  return <>{formatCount(s.rows)}</>;
}

/** What DuckDB holds: every table of the manifest with its row count (counted in DuckDB) or its error. */
export function DataPanel() {
  const db = useDb();
  let state: PanelState<Record<string, RowStatus>> = { status: 'loading' };
  if (db.manifestError) state = { status: 'error', error: errorMessage(db.manifestError) };
  else if (db.engine === 'error') state = { status: 'error', error: `DuckDB 启动失败：${db.engineError ?? ''}` };
  else if (db.manifest) {
    // Lazy tables (boundaries) load per partition when a view needs them.
    const lazy = Object.fromEntries(
      Object.entries(db.manifest.tables).filter(([t]) => !(t in db.tables)).map(([t, e]) => [t, { state: 'lazy', rows: e.rows } as const]),
    );
    state = { status: 'ready', data: { ...db.tables, ...lazy } };
  }
  return (
    <Panel title="数据表" region="tables" state={state} isEmpty={(t) => Object.keys(t).length === 0}>
      {(tables) => (
        <table className="data-table">
          <thead>
            <tr><th>数据表</th><th>名称</th><th className="num">行数</th></tr>
          </thead>
          <tbody>
            {Object.entries(tables).map(([name, s]) => (
              <tr key={name} data-table={name} data-state={s.state}>
                <td>{TABLE_LABELS[name] ?? name}</td>
                <td><code>{name}</code></td>
                <td className="num">{statusCell(s)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
