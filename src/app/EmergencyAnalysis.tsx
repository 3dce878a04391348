import { HEAD_DAM_KM } from '../domain/lists';
import { label } from '../domain/taxonomy';
import { isHeadDam } from '../geo/emergency';
import { maskPhone } from '../components/mask';
import { downstreamQuery, nearestResourcesQuery, type ResourceKind } from '../queries/emergency';
import type { RiskRecord } from '../queries/riskDetail';
import { setState } from '../state/store';
import { DOWNSTREAM_KM_OPTIONS } from '../state/types';
import { useQuery } from './useQuery';

const NEAREST = 5;
const km = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));

function Nearest({ risk, kind, title }: { risk: RiskRecord; kind: ResourceKind; title: string }) {
  const r = useQuery(nearestResourcesQuery(risk, kind, NEAREST));
  return (
    <div className="nearest" data-kind={kind}>
      <h4>最近的{title}</h4>
      {r.status === 'loading' && <p className="muted">计算中…</p>}
      {r.status === 'error' && <p className="error-text" role="alert">{r.error}</p>}
      {r.status === 'ready' && (r.data.length === 0 ? <p className="muted">无数据</p> : (
        <ol>
          {r.data.map((x) => (
            <li key={x.id}>
              <button type="button" className="link" onClick={() => setState((s) => ({ ...s, selected: `resources:${x.id}` }))}>{x.name}</button>
              <span className="km">{km(x.km)} 公里</span>
              <span className="muted">{label('resource_category', x.category)}{x.personnel ? ` · ${x.personnel} 人` : ''} · {maskPhone(x.phone)}</span>
            </li>
          ))}
        </ol>
      ))}
    </div>
  );
}

function Downstream({ risk, maxKm }: { risk: RiskRecord; maxKm: number }) {
  const dam = { lon: risk.lon, lat: risk.lat, bearing: Number(risk.downstream_bearing) };
  const r = useQuery(downstreamQuery(dam, maxKm));
  const head = r.status === 'ready' && isHeadDam(r.data, Math.min(maxKm, HEAD_DAM_KM));
  return (
    <div className="downstream">
      <h4>
        下游村镇（下泄方向 {Math.round(dam.bearing)}°，±45° 扇区）
        <label className="inline">
          范围
          <select value={maxKm} onChange={(e) => setState((s) => ({ ...s, downstreamKm: Number(e.target.value) }), true)}>
            {DOWNSTREAM_KM_OPTIONS.map((k) => <option key={k} value={k}>{k} 公里</option>)}
          </select>
        </label>
      </h4>
      {r.status === 'loading' && <p className="muted">计算中…</p>}
      {r.status === 'error' && <p className="error-text" role="alert">{r.error}</p>}
      {r.status === 'ready' && (
        <>
          <p className={head ? 'error-text head-dam' : 'muted head-dam'}>
            {head ? `头顶库：下游 ${HEAD_DAM_KM} 公里内有居民点` : `下游 ${HEAD_DAM_KM} 公里内无居民点，不属于头顶库`}
          </p>
          {r.data.length === 0 ? <p className="muted">{maxKm} 公里内下游无村镇</p> : (
            <ol>
              {r.data.map((s) => (
                <li key={`${s.kind}:${s.id}`}>
                  {s.name}<span className="muted">（{s.kind === 'town' ? '乡镇驻地' : '村庄'}{s.population ? ` ${s.population} 人` : ''}）</span>
                  <span className="km">{km(s.km)} 公里</span>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  );
}

/** Who reaches the risk first (turf distances), and for a tailings dam who lives below it. */
export function EmergencyAnalysis({ risk, downstreamKm }: { risk: RiskRecord; downstreamKm: number }) {
  return (
    <section className="list-section emergency-analysis">
      <h3>应急分析</h3>
      <Nearest risk={risk} kind="team" title="救援队伍" />
      <Nearest risk={risk} kind="depot" title="物资储备库" />
      {risk.site_type === 'tailings_dam' && risk.downstream_bearing !== null && <Downstream risk={risk} maxKm={downstreamKm} />}
    </section>
  );
}
