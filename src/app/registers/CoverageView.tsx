import { useMemo } from 'react';
import { Panel, type PanelState } from '../../components/Panel';
import { coverageDoc, type GridDoc } from '../../export';
import { coverageQuery, type CoverageBy } from '../../queries/reports/coverage';
import { registerAsOfQuery } from '../../queries/reports/risks';
import type { AppState } from '../../state/types';
import { ReportView } from '../reports/ReportView';
import { ExportButtons } from '../reports/ExportButtons';
import { useBelowFoldQuery } from '../useQuery';
import { useDivisionName } from '../useDivisionName';

function CoverageTable({ state, by, inView, asOf }: { state: AppState; by: CoverageBy; inView: boolean; asOf: string }) {
  const result = useBelowFoldQuery(coverageQuery(state, by), inView);
  const divisionName = useDivisionName(state.division);
  const rows = result.status === 'ready' ? result.data : null;
  const doc = useMemo(() => (rows ? coverageDoc(by, rows, { divisionName, month: asOf }) : null), [rows, by, divisionName, asOf]);
  const actions = <ExportButtons load={doc ? () => Promise.resolve(doc) : null} />;
  let shown: PanelState<GridDoc> = { status: 'loading' };
  if (result.status === 'error') shown = result;
  else if (result.status === 'ready' && doc) shown = { status: 'ready', data: doc, refreshing: result.refreshing };
  return (
    <Panel title={by === 'child' ? '分地区' : '分行业'} region={`coverage-${by}`} state={shown} actions={actions} isEmpty={(d) => d.rows.length <= 1}>
      {(d) => <ReportView doc={d} />}
    </Panel>
  );
}

/** 管控率 and list coverage by sub-jurisdiction and by sector (the map's 管控率 metric shows the same by area). */
export function CoverageView({ state, inView }: { state: AppState; inView: boolean }) {
  const asOf = useBelowFoldQuery(registerAsOfQuery(), inView);
  const day = asOf.status === 'ready' ? (asOf.data ?? '') : '';
  return (
    <div className="coverage-view">
      <CoverageTable state={state} by="child" inView={inView} asOf={day} />
      <CoverageTable state={state} by="sector" inView={inView} asOf={day} />
    </div>
  );
}
