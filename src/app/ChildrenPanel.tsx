import { Panel } from '../components/Panel';
import { formatCount, formatPercent } from '../components/format';
import { childStatsQuery } from '../queries/children';
import { setState } from '../state/store';
import type { AppState } from '../state/types';
import { useQuery } from './useQuery';

/** The sub-jurisdictions of the current one, each a drill-down link. */
export function ChildrenPanel({ state }: { state: AppState }) {
  const result = useQuery(childStatsQuery(state));
  return (
    <Panel title="下级区划" region="ranking" state={result} isEmpty={(rows) => rows.length === 0} emptyText="已是最低一级区划">
      {(rows) => (
        <table className="data-table">
          <thead>
            <tr><th>区划</th><th className="num">排查隐患</th><th className="num">整改率</th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code}>
                <td>
                  <button type="button" className="link" onClick={() => setState((s) => ({ ...s, division: r.code }))}>
                    {r.name}
                  </button>
                </td>
                <td className="num">{formatCount(r.found)}</td>
                <td className="num">{formatPercent(r.found ? r.rectified / r.found : null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
