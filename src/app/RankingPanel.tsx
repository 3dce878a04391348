import { useState } from 'react';
import { Panel } from '../components/Panel';
import { formatCount, formatPercent, formatWan } from '../components/format';
import { compositeScore } from '../domain/score';
import { scorecardQuery, type Scorecard } from '../queries/scorecard';
import { setState } from '../state/store';
import type { AppState } from '../state/types';
import { useInView } from './useInView';
import { useBelowFoldQuery } from './useQuery';

const rate = (a: number, b: number) => (b > 0 ? a / b : null);

const SORTS: { key: string; label: string; value: (r: Scorecard) => number; asc?: boolean }[] = [
  { key: 'score', label: '综合得分', value: (r) => compositeScore(r) },
  { key: 'rate', label: '整改率', value: (r) => rate(r.rectified, r.found) ?? -1 },
  { key: 'found', label: '排查隐患数', value: (r) => r.found },
  { key: 'overdue', label: '逾期未整改', value: (r) => r.overdue, asc: true },
  { key: 'enforcement', label: '执法次数', value: (r) => r.enforcement },
  { key: 'control', label: '管控率（4张清单）', value: (r) => rate(r.controlled, r.risks) ?? -1 },
];

/** 打分排队: the child jurisdictions ranked by a chosen metric or the composite score. */
export function RankingPanel({ state }: { state: AppState }) {
  const [ref, inView] = useInView<HTMLDivElement>();
  const result = useBelowFoldQuery(scorecardQuery(state), inView);
  const [sortKey, setSortKey] = useState('score');
  const sort = SORTS.find((s) => s.key === sortKey) ?? SORTS[0]!;
  const select = (
    <label className="metric-select">
      排序
      <select value={sortKey} onChange={(e) => setSortKey(e.target.value)} aria-label="排名指标">
        {SORTS.map((s) => <option key={s.key} value={s.key}>{s.label}</option>)}
      </select>
    </label>
  );
  return (
    <div ref={ref}>
    <Panel title="打分排队（下级区划）" region="ranking" state={result} isEmpty={(r) => r.length === 0} emptyText="已是最低一级区划" actions={select}>
      {(rows) => {
        const sorted = [...rows].sort((a, b) => (sort.asc ? sort.value(a) - sort.value(b) : sort.value(b) - sort.value(a)) || a.code.localeCompare(b.code));
        return (
          <table className="data-table">
            <thead>
              <tr>
                <th>名次</th><th>区划</th><th className="num">排查隐患</th><th className="num">整改率</th><th className="num">逾期</th>
                <th className="num">督办整改率</th><th className="num">自查占比</th><th className="num">执法</th><th className="num">罚款</th><th className="num">管控率</th><th className="num">综合得分</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((r, i) => (
                <tr key={r.code} data-code={r.code}>
                  <td>{i + 1}</td>
                  <td>
                    <button type="button" className="link" onClick={() => setState((s) => ({ ...s, division: r.code }))}>{r.name}</button>
                  </td>
                  <td className="num">{formatCount(r.found)}</td>
                  <td className="num">{formatPercent(rate(r.rectified, r.found))}</td>
                  <td className={`num ${r.overdue > 0 ? 'error-text' : ''}`}>{formatCount(r.overdue)}</td>
                  <td className="num">{formatPercent(rate(r.supervised_rectified, r.supervised))}</td>
                  <td className="num">{formatPercent(rate(r.self_found, r.found))}</td>
                  <td className="num">{formatCount(r.enforcement)}</td>
                  <td className="num">{formatWan(r.fines_wan)}</td>
                  <td className="num" data-col="control">{formatPercent(rate(r.controlled, r.risks))}</td>
                  <td className="num"><strong>{compositeScore(r).toFixed(1)}</strong></td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      }}
    </Panel>
    </div>
  );
}
