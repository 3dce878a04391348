import { DRILL_MONTHS_HIGH_RISK, DUTY_CHAIN, DUTY_PRINCIPLES } from '../domain/lists';
import { label } from '../domain/taxonomy';
import { maskPhone } from '../components/mask';
import {
  riskControlsQuery, riskDutiesQuery, riskEmergencyQuery, riskRecordQuery, siblingRisksQuery, type RiskRecord,
} from '../queries/riskDetail';
import { setState } from '../state/store';
import { EmergencyAnalysis } from './EmergencyAnalysis';
import { useQuery } from './useQuery';

const yes = (v: unknown) => v === true;

function Section({ title, status, ok, children }: { title: string; status: string; ok: boolean; children: React.ReactNode }) {
  return (
    <section className="list-section">
      <h3>{title} <span className={`tag ${ok ? 'ok' : 'bad'}`}>{status}</span></h3>
      {children}
    </section>
  );
}

function Controls({ id, province }: { id: string; province: string }) {
  const r = useQuery(riskControlsQuery(id, province));
  if (r.status !== 'ready') return <p className="muted">{r.status === 'error' ? r.error : '加载中…'}</p>;
  if (!r.data.length) return <p className="error-text">未建立防控清单</p>;
  return (
    <ol className="measures">
      {r.data.map((m) => (
        <li key={String(m.seq)} className={yes(m.in_place) ? '' : 'gap'}>
          <span className="muted">{label('measure_type', String(m.measure_type))}</span> {String(m.measure)}
          {yes(m.in_place) ? ' ✓' : ' ✗ 未落实'}{yes(m.monitored) ? ' · 在线监测' : ''}
        </li>
      ))}
    </ol>
  );
}

function Duties({ id, province }: { id: string; province: string }) {
  const r = useQuery(riskDutiesQuery(id, province));
  if (r.status !== 'ready') return <p className="muted">{r.status === 'error' ? r.error : '加载中…'}</p>;
  const byRole = new Map(r.data.map((d) => [String(d.role), d]));
  return (
    <>
      <ol className="duty-chain">
        {DUTY_CHAIN.map((c) => {
          const d = byRole.get(c.role);
          const named = d?.person != null;
          return (
            <li key={c.role} className={named ? '' : 'gap'}>
              <strong>{c.label}</strong>
              <span>{d?.unit ? String(d.unit) : '—'}</span>
              <span>{named ? `${String(d.person)} ${maskPhone(d.phone)}` : '责任人未明确'}</span>
            </li>
          );
        })}
      </ol>
      <p className="principles">{DUTY_PRINCIPLES.map((p) => <span key={p}>“{p}”</span>)}</p>
    </>
  );
}

function Emergency({ risk }: { risk: RiskRecord }) {
  const r = useQuery(riskEmergencyQuery(risk.id, risk.province_code));
  if (r.status !== 'ready') return <p className="muted">{r.status === 'error' ? r.error : '加载中…'}</p>;
  const e = r.data;
  if (!e) return <p className="error-text">未建立应急清单</p>;
  const need = Number(risk.drill_months) === DRILL_MONTHS_HIGH_RISK ? '高危行业每半年至少 1 次' : '每年至少 1 次';
  return (
    <dl>
      <div><dt>应急预案</dt><dd>{String(e.plan)}（{String(e.plan_date)}）</dd></div>
      <div><dt>救援队伍</dt><dd>{String(e.rescue_team)}</dd></div>
      <div><dt>应急物资</dt><dd>{String(e.supplies)}</dd></div>
      <div><dt>疏散路线</dt><dd>{String(e.evacuation_route)}</dd></div>
      <div>
        <dt>最近演练</dt>
        <dd className={yes(risk.drill_overdue) ? 'error-text' : ''}>
          {e.last_drill_date ? String(e.last_drill_date) : '从未演练'}（{need}{yes(risk.drill_overdue) ? '，已超期' : ''}）
        </dd>
      </div>
    </dl>
  );
}

/** A risk with its four lists (4张清单) and the emergency analysis around it. */
export function RiskDetail({ id, downstreamKm }: { id: string; downstreamKm: number }) {
  const result = useQuery(riskRecordQuery(id));
  const siblings = useQuery(siblingRisksQuery(id));
  if (result.status === 'loading') return <p className="muted">加载中…</p>;
  if (result.status === 'error') return <p className="error-text" role="alert">{result.error}</p>;
  const r = result.data;
  if (!r) return <p className="muted">找不到风险 {id}</p>;
  const controlStatus = !yes(r.has_controls) ? '缺失' : yes(r.controls_in_place) ? '已落实' : '部分未落实';
  const unnamed = DUTY_CHAIN.length - Number(r.duties_named);
  const emgStatus = !yes(r.has_emergency) ? '缺失' : yes(r.drill_overdue) ? '演练超期' : '正常';
  return (
    <div className="detail risk-detail">
      <div className="detail-id">{r.id}</div>
      <Section title="基础清单" status="齐全" ok>
        <dl>
          <div><dt>风险名称</dt><dd>{String(r.name)}</dd></div>
          <div><dt>对象</dt><dd>{label('object_type', r.object_type)} {r.site_type ? label('site_type', r.site_type) : ''} {r.object_id}</dd></div>
          <div><dt>行业领域</dt><dd>{label('sector', String(r.sector))}</dd></div>
          <div><dt>风险类型</dt><dd>{label('risk_type', String(r.risk_type))}</dd></div>
          <div><dt>风险等级</dt><dd>{label('risk_level', String(r.risk_level))}</dd></div>
          <div><dt>可能后果</dt><dd>{String(r.consequences)}</dd></div>
          <div><dt>位置</dt><dd>{String(r.place ?? '')} {r.lon.toFixed(4)}, {r.lat.toFixed(4)}</dd></div>
          <div><dt>辨识日期</dt><dd>{String(r.identified_date)}</dd></div>
        </dl>
      </Section>
      <Section title="防控清单" status={controlStatus} ok={yes(r.controls_in_place)}><Controls id={id} province={r.province_code} /></Section>
      <Section title="责任清单" status={unnamed === 0 ? '齐全' : `${unnamed} 项未明确`} ok={unnamed === 0}>
        <Duties id={id} province={r.province_code} />
      </Section>
      <Section title="应急清单" status={emgStatus} ok={emgStatus === '正常'}><Emergency risk={r} /></Section>
      <EmergencyAnalysis risk={r} downstreamKm={downstreamKm} />
      {siblings.status === 'ready' && siblings.data.length > 0 && (
        <>
          <h3>同一对象的其他风险（{siblings.data.length}）</h3>
          <ul className="related">
            {siblings.data.map((s) => (
              <li key={String(s.id)}>
                <button type="button" className="link" onClick={() => setState((st) => ({ ...st, selected: `risks:${String(s.id)}` }))}>
                  {String(s.name)} · {label('risk_level', String(s.risk_level))}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
