import { Breadcrumb, type Crumb } from '../components/Breadcrumb';
import { ancestryQuery } from '../queries/division';
import { setState } from '../state/store';
import type { AppState } from '../state/types';
import { prefetchView } from './prefetch';
import { useQuery } from './useQuery';
import { useDb } from './useDb';
import { DataStatus } from './DataStatus';

const SOURCE_LABEL: Record<string, string> = { sample: '示例数据', generated: '模拟数据', imported: '导入数据' };

export function HeaderBar({ state }: { state: AppState }) {
  const { division } = state;
  const ancestry = useQuery(division ? ancestryQuery(division) : null);
  const db = useDb();
  const crumbs: Crumb[] = [{ code: null, name: '全国' }];
  if (division) {
    if (ancestry.status === 'ready' && ancestry.data.length) crumbs.push(...ancestry.data.map((d) => ({ code: d.code, name: d.name })));
    else crumbs.push({ code: division, name: ancestry.status === 'ready' ? `未知区划 ${division}` : division });
  }
  const source = db.manifest ? (SOURCE_LABEL[db.manifest.source] ?? db.manifest.source) : null;
  return (
    <header className="app-header">
      <h1>隐患一张图</h1>
      <span className="subtitle">重大事故隐患专项排查整治</span>
      <Breadcrumb
        crumbs={crumbs} onSelect={(code) => setState((s) => ({ ...s, division: code }))}
        onIntent={(code) => prefetchView({ ...state, division: code })}
      />
      <DataStatus />
      {source && <span className="data-source" title={`生成于 ${db.manifest?.generated_at ?? ''}`}>{source}</span>}
    </header>
  );
}
