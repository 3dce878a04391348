import { formatCount } from '../components/format';
import { TABLE_LABELS } from './DataPanel';
import { useDb } from './useDb';

/** The count shown: hazards once loaded, the divisions before (the first table in). */
const SHOWN: [table: string, unit: string][] = [['hazards', '条'], ['divisions', '个']];

/**
 * Header chip: how many of the start-up tables DuckDB holds, with a count it computed; clicking
 * goes to the data panel. It is the first DuckDB-computed content above the fold.
 */
export function DataStatus() {
  const db = useDb();
  const goToPanel = () => document.querySelector('[data-region=tables]')?.scrollIntoView({ behavior: 'smooth' });
  // The data panel says why; the tables would otherwise read as loading for ever.
  if (db.engine === 'error') {
    return <button type="button" className="data-status error-text" onClick={goToPanel} title="查看数据表">数据库启动失败</button>;
  }
  const states = Object.values(db.tables);
  if (!states.length) return null;
  const ready = states.filter((s) => s.state === 'ready').length;
  const failed = states.filter((s) => s.state === 'error').length;
  const shown = SHOWN.map(([t, unit]) => ({ t, unit, s: db.tables[t] })).find((x) => x.s?.state === 'ready');
  return (
    <button type="button" className="data-status" data-state={ready + failed < states.length ? 'loading' : 'done'} onClick={goToPanel} title="查看数据表">
      {ready + failed < states.length ? `数据载入中 ${ready}/${states.length} 表` : `数据 ${ready} 表`}
      {shown && shown.s?.state === 'ready' && (
        <span className="count" data-table={shown.t}>
          {' · '}{TABLE_LABELS[shown.t]} {formatCount(shown.s.rows)}{shown.unit}
        </span>
      )}
      {failed > 0 && <span className="error-text"> · {failed} 表出错</span>}
    </button>
  );
}
