import { label, type TaxonomyKind } from '../domain/taxonomy';
import { formatWan } from '../components/format';
import { maskPhone } from '../components/mask';
import { Panel } from '../components/Panel';
import { recordQuery, relatedQuery } from '../queries/detail';
import { setState } from '../state/store';
import { ResourceDetail } from './ResourceDetail';
import { RiskDetail } from './RiskDetail';
import { useQuery } from './useQuery';

const FIELDS: [key: string, title: string, kind?: TaxonomyKind | 'wan' | 'bool' | 'phone'][] = [
  ['name', '名称'], ['enterprise_name', '企业'], ['type', '类型', 'site_type'], ['sector', '行业领域', 'sector'],
  ['category', '隐患类别', 'hazard_category'], ['description', '隐患描述'], ['source', '来源', 'source'],
  ['supervision_level', '挂牌督办', 'supervision_level'], ['status', '整改状态', 'status'], ['risk_level', '风险等级', 'risk_level'],
  ['measures', '整改措施'], ['funds_wan', '整改资金', 'wan'], ['penalized', '是否处罚', 'bool'], ['fine_wan', '罚款', 'wan'],
  ['dual_penalty', '一案双罚', 'bool'], ['grade', '等别'], ['height_m', '坝高（米）'], ['villages_downstream', '下游村庄数'],
  ['road_name', '所在道路'], ['length_km', '长度（公里）'], ['credit_code', '统一社会信用代码'], ['employees', '从业人员'],
];
const PEOPLE: [key: string, title: string][] = [
  ['responsible_person', '整改责任人'], ['enterprise_principal', '企业主要负责人'], ['principal', '主要负责人'], ['owner', '管理单位'],
];
const TIMELINE: [key: string, title: string][] = [
  ['found_date', '发现'], ['deadline', '整改期限'], ['rectified_date', '整改完成'], ['verified_date', '验收销号'],
];

function show(value: unknown, kind?: string): string {
  if (value === null || value === undefined || value === '') return '';
  if (kind === 'wan') return formatWan(Number(value));
  if (kind === 'bool') return value === true || value === 'true' ? '是' : '否';
  if (kind === 'phone') return maskPhone(value);
  if (kind) return label(kind as TaxonomyKind, String(value));
  return String(value);
}

/** The selected record: a risk with its four lists, an emergency resource, or a hazard / enterprise / site. */
export function DetailPanel({ selected, downstreamKm }: { selected: string; downstreamKm: number }) {
  const [layer, id = ''] = selected.split(':') as [string, string?];
  if (layer !== 'risks' && layer !== 'resources') return <RecordDetail selected={selected} />;
  return (
    <Panel title={layer === 'risks' ? '风险详情（4张清单）' : '应急资源'} region="detail" state={{ status: 'ready', data: id }} actions={<CloseButton />}>
      {(x) => (layer === 'risks' ? <RiskDetail id={x} downstreamKm={downstreamKm} /> : <ResourceDetail id={x} />)}
    </Panel>
  );
}

function CloseButton() {
  const close = () => setState((s) => ({ ...s, selected: null }));
  return <button type="button" className="link" onClick={close} aria-label="关闭详情">关闭 ✕</button>;
}

function RecordDetail({ selected }: { selected: string }) {
  const result = useQuery(recordQuery(selected));
  const related = useQuery(relatedQuery(selected));
  const siblings = related.status === 'ready' ? related.data : [];
  return (
    <Panel title="详情" region="detail" state={result} isEmpty={(d) => d === null} emptyText={`找不到记录 ${selected}`} actions={<CloseButton />}>
      {(d) => {
        const r = d!;
        const phone = r.enterprise_phone ?? r.phone;
        return (
          <div className="detail">
            <div className="detail-id">{String(r.id)}</div>
            <dl>
              {FIELDS.filter(([k]) => show(r[k]) !== '').map(([k, t, kind]) => (
                <div key={k}><dt>{t}</dt><dd>{show(r[k], kind)}</dd></div>
              ))}
            </dl>
            <h3>整改过程</h3>
            <ol className="timeline">
              {TIMELINE.filter(([k]) => r[k]).map(([k, t]) => <li key={k}><span>{t}</span> {String(r[k])}</li>)}
            </ol>
            <h3>责任人</h3>
            <dl>
              {PEOPLE.filter(([k]) => r[k]).map(([k, t]) => <div key={k}><dt>{t}</dt><dd>{String(r[k])}</dd></div>)}
              {phone ? <div><dt>联系电话</dt><dd>{maskPhone(phone)}</dd></div> : null}
            </dl>
            {siblings.length > 0 && (
              <>
                <h3>相关隐患（{siblings.length}）</h3>
                <ul className="related">
                  {siblings.map((h) => (
                    <li key={String(h.id)}>
                      <button type="button" className="link" onClick={() => setState((s) => ({ ...s, selected: `hazards:${String(h.id)}` }))}>
                        {String(h.found_date)} · {label('hazard_category', String(h.category))} · {label('status', String(h.status))}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        );
      }}
    </Panel>
  );
}
