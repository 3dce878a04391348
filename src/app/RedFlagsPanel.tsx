import { Panel } from '../components/Panel';
import { RED_FLAGS } from '../domain/score';
import { scorecardQuery } from '../queries/scorecard';
import { setState } from '../state/store';
import type { AppState } from '../state/types';
import { useQuery } from './useQuery';

/** The metric the map shows when a flagged place is opened from here. */
const FLAG_METRIC: Record<string, string> = {
  zero_enforcement: 'hazards_found', no_hazards: 'hazards_found', overdue: 'hazards_overdue',
  repeat_offenders: 'hazards_open', accidents: 'accidents', self_check_blind: 'hazards_found',
};

/** 红旗预警: which child jurisdictions hit each warning rule; each name opens that place on the map. */
export function RedFlagsPanel({ state }: { state: AppState }) {
  const result = useQuery(scorecardQuery(state));
  return (
    <Panel title="问题预警" region="flags" state={result} isEmpty={(r) => r.length === 0} emptyText="已是最低一级区划">
      {(rows) => (
        <ul className="flags">
          {RED_FLAGS.map((f) => {
            const hit = rows.filter((r) => f.test(r));
            return (
              <li key={f.key} data-flag={f.key} className={hit.length ? 'hit' : ''}>
                <span className="flag-label">{f.label}</span>
                <span className="flag-count">{hit.length}</span>
                <span className="flag-places">
                  {hit.slice(0, 12).map((r) => (
                    <button key={r.code} type="button" className="link"
                      onClick={() => setState((s) => ({ ...s, division: r.code, metric: FLAG_METRIC[f.key] ?? s.metric }))}>
                      {r.name}
                    </button>
                  ))}
                  {hit.length > 12 && <span className="muted">等 {hit.length} 个</span>}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
