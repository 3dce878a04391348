// Drives the built site in Chromium through the leader's path and times each step from input to drawn.
import { execSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { launch, openPage } from '../../tests/browser/harness';
import { serve } from '../lib/server';
import { partsOf } from '../../src/queries/spec';
import { CORE_QUERIES, tablesOf } from './queries';
import { median, percentile } from './native';
import { firstContentOnScreen, watchFirstContent } from './firstContent';

export interface Step {
  name: string;
  /** `drillNoRest`: a first visit clicked the instant the pointer arrives (no prefetch). */
  kind: 'drill' | 'drillNoRest' | 'filter' | 'metric' | 'lists';
  /** 0 for the first time a view is reached; later rounds may be answered from the query cache. */
  round: number;
  /**
   * Input to the new view on screen: the second animation frame after the map painted it whole (the first
   * frame carries the paint to the compositor; the next starts once that one is out). The map's last
   * paint of the step counts, so a view redrawn by a later answer is timed to that redraw.
   */
  ms: number;
  /** Input to the step settled as the driver sees it: every query answered (the panels below the first screen too), then the map drawn, each polled after two frames (the measure before 2026-11-23). */
  settledMs: number;
  /** Input to every query answered, as polled (the map's and the panels' below the first screen). */
  queryMs: number;
  /**
   * Input to the frame that paints the last change of the KPIs and charts (every panel but the map);
   * null when the step changed none of them.
   */
  panelsMs: number | null;
  bytes: number;
  marks: number;
}

export interface BrowserResult {
  firstViewMs: number;
  /** Navigation to the first frame showing content computed by DuckDB (the header's row count). */
  firstContentMs: number;
  duckdbReadyMs: number;
  firstViewBytes: number;
  steps: Step[];
  drill: { p50: number; p95: number };
  /** The drill and filter steps as settled for the driver (Step.settledMs): every query answered, polled. */
  settled: { drill: { p50: number; p95: number }; filter: { p50: number; p95: number } };
  /** Drill steps of the first round only: every view reached for the first time. */
  drillFirst: { p50: number; p95: number };
  /** First visits clicked with no rest of the pointer, so nothing was prefetched (another province). */
  drillNoRest: { p50: number; max: number };
  filter: { p50: number; p95: number };
  /** Filter steps only: input to the KPIs and charts updated (issue 6), the map aside. */
  panels: { p50: number; p95: number };
  /** Turning a list layer (4张清单) on or off, in a province and in a county. */
  lists: { p50: number; p95: number };
  jsHeapMb: number;
  browserRssMb: number;
  maxMarks: number;
  wasmQueryMs: Record<string, number>;
}

/**
 * Wait until the view is settled: no query pending, then the map drawn after the last change (or
 * the map panel showing an error). Returns the page's clock when the queries had finished and when
 * the view was drawn.
 */
async function settled(page: Page, timeout = 120_000): Promise<{ queries: number; drawn: number }> {
  const frames = () => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  const now = () => page.evaluate(() => performance.now());
  await frames();
  await page.waitForFunction(() => document.documentElement.dataset.busy === '0', null, { timeout });
  const queries = await now();
  await frames();
  await page.waitForFunction(
    () => document.querySelector('.map-view')?.getAttribute('data-drawn') === 'true' || document.querySelector('[data-region=map][data-state=error]'),
    null,
    { timeout },
  );
  return { queries, drawn: await now() };
}

/**
 * Note, in the page's clock, the first input event from now on. A step is timed from the user's input
 * as the page receives it, not from the driver's call (Playwright first waits for the target to be
 * visible and stable, two frames or more).
 */
/** How long the pointer rests on an area before the benchmark clicks it (a user's pointer does too). */
const POINTER_REST_MS = 300;

const ARM_INPUT = `(() => {
  window.__hmInputAt = null;
  window.__hmPanelsAt = null;
  window.__hmMapAt = null;
  const on = () => { if (window.__hmInputAt === null) { window.__hmInputAt = performance.now(); window.__hmPanelsAt = null; } };
  for (const t of ['pointerdown', 'mousedown', 'click', 'input', 'change', 'keydown']) addEventListener(t, on, { capture: true, once: true });
})()`;

/**
 * Note the start of the frame after the last change to any panel but the map (its DOM, or a chart's
 * new option, which ECharts paints in that frame).
 */
const WATCH_PANELS = `(() => {
  new MutationObserver((records) => {
    if (window.__hmInputAt === null) return;
    if (!records.some((r) => { const el = r.target.nodeType === 1 ? r.target : r.target.parentElement; return el && el.closest('[data-region]:not([data-region=map])'); })) return;
    requestAnimationFrame(() => { window.__hmPanelsAt = performance.now(); });
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-state', 'data-drawn'] });
})()`;

/** Note the second animation frame after each time the map is painted whole (see Step.ms). */
const WATCH_MAP = `(() => {
  new MutationObserver(() => {
    if (window.__hmInputAt === null || document.querySelector('.map-view')?.getAttribute('data-drawn') !== 'true') return;
    requestAnimationFrame(() => requestAnimationFrame(() => { window.__hmMapAt = performance.now(); }));
  }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-drawn', 'data-seq'] });
})()`;

function chromiumRssMb(): number {
  try {
    const out = execSync('ps -C chromium -o rss=', { encoding: 'utf8' });
    return out.split('\n').reduce((s, l) => s + (Number(l.trim()) || 0), 0) / 1024;
  } catch {
    return NaN;
  }
}

export async function runBrowser(distDir: string, dataDir: string, log: (s: string) => void): Promise<BrowserResult> {
  let bytes = 0;
  const server = await serve({ root: distDir, dataDir, onSent: (_p, n) => (bytes += n) });
  const browser = await launch();
  try {
    const w = await openPage(browser, server.url);
    const page = w.page;
    const marks = () => page.evaluate(() => (window as unknown as { __hmMarks?: number }).__hmMarks ?? 0);
    await watchFirstContent(w.context);
    const t0 = Date.now();
    await page.goto(`${server.url}?bench=1`);
    let firstContentMs = NaN;
    try {
      firstContentMs = await firstContentOnScreen(page);
      await page.locator('[data-region=kpi][data-state=ready]').waitFor({ timeout: 300_000 });
      await settled(page, 300_000);
    } catch (err) {
      // Say what the page was doing: which tables had loaded, what the KPI panel showed, HTTP errors.
      const state = await page.evaluate(`JSON.stringify({ tables: Object.fromEntries(Object.entries((window.__hmDb || {}).tables || {}).map(([k, v]) => [k, v.state])), kpi: document.querySelector('[data-region=kpi]')?.getAttribute('data-state'), kpiText: (document.querySelector('[data-region=kpi]')?.innerText || '').slice(0, 200), busy: document.documentElement.dataset.busy, drawn: document.querySelector('.map-view')?.getAttribute('data-drawn') })`).catch(() => 'page unresponsive');
      throw new Error(`first view not reached after ${Date.now() - t0} ms: ${String(state)}; console errors: ${w.consoleErrors.join(' | ').slice(0, 300)}; ${(err as Error).message.split('\n')[0]}`);
    }
    const firstViewMs = Date.now() - t0;
    const firstViewBytes = bytes;
    const duckdbReadyMs = await page.evaluate(() => (window as unknown as { __hmDb?: { readyMs?: number } }).__hmDb?.readyMs ?? NaN);
    log(`  first DuckDB content ${firstContentMs} ms, first view ${firstViewMs} ms, ${(firstViewBytes / 1e6).toFixed(1)} MB`);

    await page.evaluate(WATCH_PANELS);
    await page.evaluate(WATCH_MAP);
    const steps: Step[] = [];
    let round = 0;
    let maxMarks = await marks();
    const step = async (name: string, kind: Step['kind'], act: () => Promise<void>) => {
      const b0 = bytes;
      if (process.env.HM_DEBUG) log(`  ${name} …`);
      await page.evaluate(ARM_INPUT);
      await act();
      const { queries, drawn } = await settled(page);
      // Any map paint's frames still to come.
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      const inputAt = await page.evaluate('window.__hmInputAt') as number | null;
      const panelsAt = await page.evaluate('window.__hmPanelsAt') as number | null;
      const mapAt = await page.evaluate('window.__hmMapAt') as number | null;
      if (inputAt === null) throw new Error(`${name}: the page received no input event`);
      const m = await marks();
      maxMarks = Math.max(maxMarks, m);
      steps.push({ name, kind, round, ms: Math.round((mapAt ?? drawn) - inputAt), settledMs: Math.round(drawn - inputAt), queryMs: Math.round(queries - inputAt), panelsMs: panelsAt === null ? null : Math.round(panelsAt - inputAt), bytes: bytes - b0, marks: m });
      if (process.env.HM_DEBUG) log(`  ${name}: ${steps.at(-1)!.ms} ms (settled ${steps.at(-1)!.settledMs} ms, queries ${steps.at(-1)!.queryMs} ms, panels ${steps.at(-1)!.panelsMs ?? '—'} ms)`);
    };
    // Drill like a user: move to the area's label point, rest there as a pointer does before a click
    // (the app prefetches the view then: app/prefetch.ts), and click.
    const clickArea = async (name: string | null, restMs = POINTER_REST_MS) => {
      const at = await page.evaluate((wanted) => {
        type L = { name: string; position: [number, number] };
        const w = window as unknown as { __hmLabels: L[]; __hmMap: { project(c: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement } };
        const f = w.__hmLabels.find((x) => wanted === null || x.name === wanted);
        if (!f) return null;
        const p = w.__hmMap.project(f.position);
        const r = w.__hmMap.getCanvas().getBoundingClientRect();
        return { x: r.left + p.x, y: r.top + p.y, name: f.name };
      }, name);
      if (!at) throw new Error(`no area named ${name ?? '(any)'} on the map`);
      if (restMs > 0) {
        await page.mouse.move(at.x, at.y);
        await page.waitForTimeout(restMs);
      }
      await page.mouse.click(at.x, at.y);
      return at.name;
    };
    const child = (name: string) => step(`→ ${name}`, 'drill', async () => {
      await clickArea(name);
    });
    const crumb = (name: string) => step(`↑ ${name}`, 'drill', () => page.locator('nav.breadcrumb button', { hasText: name }).click());
    const firstChild = () => step('→ 乡镇', 'drill', async () => {
      await clickArea(null);
    });
    for (round = 0; round < 3; round++) {
      await child('云南省');
      await child('曲靖市');
      await child('麒麟区');
      await firstChild();
      await crumb('麒麟区');
      await crumb('曲靖市');
      await crumb('云南省');
      await crumb('全国');
    }
    // The same, clicked the instant the pointer arrives: what a first visit costs unprefetched.
    round = 0;
    for (const name of ['山西省', '吕梁市', '方山县', null]) {
      await step(`→ ${name ?? '乡镇'} (无停留)`, 'drillNoRest', async () => {
        await clickArea(name, 0);
      });
    }
    await page.locator('nav.breadcrumb button', { hasText: '全国' }).click();
    await settled(page);
    await child('云南省');
    for (const metric of ['hazards_overdue', 'rectification_rate', 'risk_level', 'hazards_found']) {
      await step(`指标 ${metric}`, 'metric', async () => {
        await page.getByLabel('地图指标').selectOption(metric);
      });
    }
    const toggle = async (dim: string, value: string) => {
      await page.locator(`[data-filter=${dim}] summary`).click();
      await step(`筛选 ${dim}=${value}`, 'filter', () => page.locator(`[data-filter=${dim}] input[value="${value}"]`).click());
      await page.locator(`[data-filter=${dim}] summary`).click();
    };
    for (round = 0; round < 2; round++) {
      for (const [dim, value] of [['sector', 'non_coal_mine'], ['month', '2023-06'], ['sector', 'non_coal_mine'], ['month', '2023-06'], ['source', 'self_check'], ['source', 'self_check']] as const) {
        await toggle(dim, value);
      }
    }

    // The four lists: each layer on and off, in 云南省 (binned) and in 麒麟区 (single marks).
    for (const name of [null, '麒麟区'] as const) {
      if (name) {
        await child('曲靖市');
        await child(name);
      }
      for (const list of ['基础', '防控', '责任', '应急']) {
        const box = page.getByRole('group', { name: '4张清单' }).getByLabel(list, { exact: true });
        await step(`清单 ${list} 开`, 'lists', () => box.check());
        await step(`清单 ${list} 关`, 'lists', () => box.uncheck());
      }
    }

    const wasmQueryMs: Record<string, number> = {};
    for (const q of CORE_QUERIES) {
      // A query set (several cached parts) is timed as all its parts run one after another.
      const parts = partsOf(q.spec).map((p) => ({ sql: p.sql, tables: tablesOf(p) }));
      wasmQueryMs[q.name] = await page.evaluate(async (parts) => {
        const run = (window as unknown as { __hmQuery: (s: string, t: string[]) => Promise<unknown> }).__hmQuery;
        const times: number[] = [];
        // The first round warms up and is not counted.
        for (let i = 0; i < 6; i++) {
          const t = performance.now();
          for (const p of parts) await run(p.sql, p.tables);
          if (i > 0) times.push(performance.now() - t);
        }
        return times.sort((a, b) => a - b)[2]!;
      }, parts);
    }
    const cdp = await w.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    const times = (k: Step['kind'][], of: (s: Step) => number = (s) => s.ms) => steps.filter((s) => k.includes(s.kind)).map(of);
    const panelTimes = steps.filter((s) => s.kind === 'filter' && s.panelsMs !== null).map((s) => s.panelsMs!);
    return {
      firstViewMs, firstContentMs, duckdbReadyMs, firstViewBytes, steps,
      drill: { p50: median(times(['drill'])), p95: percentile(times(['drill']), 0.95) },
      settled: (() => {
        const drill = times(['drill'], (s) => s.settledMs);
        const filter = times(['filter', 'metric'], (s) => s.settledMs);
        return { drill: { p50: median(drill), p95: percentile(drill, 0.95) }, filter: { p50: median(filter), p95: percentile(filter, 0.95) } };
      })(),
      drillFirst: (() => {
        const t = steps.filter((s) => s.kind === 'drill' && s.round === 0).map((s) => s.ms);
        return { p50: median(t), p95: percentile(t, 0.95) };
      })(),
      drillNoRest: { p50: median(times(['drillNoRest'])), max: Math.max(...times(['drillNoRest'])) },
      filter: { p50: median(times(['filter', 'metric'])), p95: percentile(times(['filter', 'metric']), 0.95) },
      panels: { p50: median(panelTimes), p95: percentile(panelTimes, 0.95) },
      lists: { p50: median(times(['lists'])), p95: percentile(times(['lists']), 0.95) },
      jsHeapMb: heap / 1e6, browserRssMb: chromiumRssMb(), maxMarks, wasmQueryMs,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
