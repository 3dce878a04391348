// 4张清单 registers: one table per list for the current jurisdiction, with search, gaps-only, sort,
// paging and XLSX / CSV export of every matching row; plus the coverage (管控率) tables.
import { useEffect, useState } from 'react';
import { Panel } from '../../components/Panel';
import { formatCount } from '../../components/format';
import type { Cell } from '../../export/document';
import { REGISTER_TITLES, registerAsOfQuery, registerQuery, registerSortKeys, type RegisterKey } from '../../queries/reports/risks';
import { REGISTER_KEYS, type AppState, type RegisterTab } from '../../state/types';
import { useInView } from '../useInView';
import { useBelowFoldQuery } from '../useQuery';
import { CoverageView } from './CoverageView';
import { RegisterExport } from './RegisterExport';
import { RegisterTable, setRegister } from './RegisterTable';

const PAGE = 100;
const TAB_LABELS: Record<RegisterTab, string> = {
  basic: '基础清单', control: '防控清单', duty: '责任清单', emergency: '应急清单', missing: '缺失清单对象', coverage: '覆盖率（管控率）',
};
const GAP_LABELS: Record<RegisterKey, string> = {
  basic: '只看清单不全', control: '只看措施未落实/缺失', duty: '只看责任人未明确', emergency: '只看缺失/演练超期', missing: '',
};

function linkOf(list: RegisterKey) {
  return (row: Record<string, Cell>): string | null => {
    if (typeof row.id !== 'string') return null;
    if (list !== 'missing') return `risks:${row.id}`;
    return row.object_type === 'site' ? `sites:${row.id}` : `enterprises:${row.id}`;
  };
}

function SearchBox({ value }: { value: string }) {
  const [text, setText] = useState(value);
  useEffect(() => {
    if (text === value) return;
    const t = setTimeout(() => setRegister({ search: text.trim() }), 300);
    return () => clearTimeout(t);
  }, [text, value]);
  return <input type="search" value={text} placeholder="搜索风险名称、对象、责任单位" aria-label="搜索清单" onChange={(e) => setText(e.target.value)} />;
}

function Register({ state, list, inView }: { state: AppState; list: RegisterKey; inView: boolean }) {
  const reg = state.register;
  const [paging, setPaging] = useState({ key: '', page: 0 });
  const opts = { search: reg.search, sortKey: reg.sort.replace(/^-/, ''), desc: reg.sort.startsWith('-'), gapsOnly: reg.gapsOnly };
  const pageKey = JSON.stringify([state.division, state.filters, list, opts]);
  // A new search, sort or jurisdiction starts again at the first page.
  const page = paging.key === pageKey ? paging.page : 0;
  const setPage = (n: number) => setPaging({ key: pageKey, page: n });
  const result = useBelowFoldQuery(registerQuery(state, list, { ...opts, limit: PAGE, offset: page * PAGE }), inView);
  const asOf = useBelowFoldQuery(registerAsOfQuery(), inView);
  const total = result.status === 'ready' ? result.data.total : 0;
  const pages = Math.max(1, Math.ceil(total / PAGE));
  return (
    <>
      <div className="register-tools">
        <SearchBox key={reg.search} value={reg.search} />
        {list !== 'missing' && (
          <label className="inline">
            <input type="checkbox" checked={reg.gapsOnly} onChange={(e) => setRegister({ gapsOnly: e.target.checked })} />
            {GAP_LABELS[list]}
          </label>
        )}
        <span className="muted" data-total={total}>共 {formatCount(total)} 条</span>
        {pages > 1 && (
          <span className="pager">
            <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>上一页</button>
            <span className="muted"> {page + 1}/{pages} </span>
            <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>下一页</button>
          </span>
        )}
        <RegisterExport state={state} list={list} options={opts} asOf={asOf.status === 'ready' ? asOf.data : null} disabled={total === 0} />
      </div>
      <Panel title={REGISTER_TITLES[list]} region={`register-${list}`} state={result} isEmpty={(d) => d.rows.length === 0} emptyText="没有符合条件的记录">
        {(d) => <RegisterTable columns={d.columns} rows={d.rows} sort={reg.sort} link={linkOf(list)} sortKeys={registerSortKeys(list)} />}
      </Panel>
    </>
  );
}

/** The registers of the four lists (4张清单), the objects missing a list, and coverage. */
export function RegisterPanel({ state }: { state: AppState }) {
  const [ref, inView] = useInView<HTMLDivElement>();
  const tab = state.register.tab;
  const tabs = (
    <div className="register-tabs" role="tablist" aria-label="清单">
      {REGISTER_KEYS.map((k) => (
        <button
          key={k} type="button" role="tab" aria-selected={k === tab} data-tab={k}
          onClick={() => setRegister({ tab: k, sort: '', gapsOnly: k === tab ? state.register.gapsOnly : false })}
        >
          {TAB_LABELS[k]}
        </button>
      ))}
    </div>
  );
  return (
    <div ref={ref} className="panel panel-registers" data-region="registers">
      <header className="panel-header">
        <h2>4张清单</h2>
        {tabs}
      </header>
      <div className="panel-body">
        {tab === 'coverage' ? <CoverageView state={state} inView={inView} /> : <Register state={state} list={tab} inView={inView} />}
      </div>
    </div>
  );
}
