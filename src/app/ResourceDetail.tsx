import { label } from '../domain/taxonomy';
import { maskPhone } from '../components/mask';
import { resourceQuery } from '../queries/riskDetail';
import { useQuery } from './useQuery';

/** An emergency resource: a rescue team or a supply depot. */
export function ResourceDetail({ id }: { id: string }) {
  const r = useQuery(resourceQuery(id));
  if (r.status === 'loading') return <p className="muted">加载中…</p>;
  if (r.status === 'error') return <p className="error-text" role="alert">{r.error}</p>;
  const x = r.data;
  if (!x) return <p className="muted">找不到应急资源 {id}</p>;
  return (
    <div className="detail">
      <div className="detail-id">{id}</div>
      <dl>
        <div><dt>名称</dt><dd>{String(x.name)}</dd></div>
        <div><dt>类别</dt><dd>{label('resource_kind', String(x.kind))} · {label('resource_category', String(x.category))}</dd></div>
        <div><dt>所属单位</dt><dd>{String(x.unit ?? '')}</dd></div>
        {x.personnel !== null && <div><dt>人员</dt><dd>{String(x.personnel)} 人</dd></div>}
        <div><dt>{x.kind === 'depot' ? '储备物资' : '主要装备'}</dt><dd>{String(x.equipment ?? '')}</dd></div>
        <div><dt>所在区县</dt><dd>{String(x.county ?? '')}</dd></div>
        <div><dt>联系电话</dt><dd>{maskPhone(x.phone)}</dd></div>
      </dl>
    </div>
  );
}
