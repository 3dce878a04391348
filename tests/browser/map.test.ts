import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MARK_BUDGET } from '../../src/queries/marks';
import { launch, openPage, type Watched } from './harness';
import { changedShare, paintedShare } from './pixels';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const MAP_BG: [number, number, number] = [10, 22, 38];

async function openAt(search: string): Promise<Watched> {
  const w = await openPage(browser, inject('baseUrl'));
  await w.page.goto(`${inject('baseUrl')}${search}`);
  await drawn(w);
  return w;
}

async function drawn(w: Watched): Promise<void> {
  await w.page.locator('.map-view[data-drawn=true]').waitFor({ timeout: 90_000 });
}

const sent = (w: Watched) => w.page.evaluate(() => (window as unknown as { __hmDbStats?: { sent: number } }).__hmDbStats?.sent ?? -1);

/** Run `act` (the pointer onto something) and wait until the prefetch it starts has sent its queries; their count. */
async function afterPrefetch(w: Watched, act: () => Promise<void>): Promise<number> {
  const before = await sent(w);
  await act();
  let last = -1;
  await expect.poll(async () => {
    const [now, prev] = [await sent(w), last];
    last = now;
    return now > before && now === prev;
  }, { interval: 300, timeout: 30_000 }).toBe(true);
  return sent(w);
}

async function viewReady(w: Watched, crumbs: RegExp): Promise<void> {
  await drawn(w);
  await expect.poll(() => w.page.locator('nav.breadcrumb').innerText()).toMatch(crumbs);
  await expect.poll(() => w.page.locator('[data-region=kpi]').getAttribute('data-state')).toBe('ready');
}

/** The codes of the areas drawn on the map (the visible area layers: a hidden one may hold a view tiled ahead). */
const drawnCodes = (w: Watched) => w.page.evaluate(`(() => {
  const m = window.__hmMap;
  const layers = m.getStyle().layers.map((l) => l.id).filter((id) => id.startsWith('area-fill') && m.getLayoutProperty(id, 'visibility') !== 'none');
  return [...new Set(m.queryRenderedFeatures({ layers }).map((f) => f.properties.code))].sort();
})()`) as Promise<string[]>;

/** The codes of the drawn areas shown highlighted (as under the pointer). */
const highlighted = (w: Watched) => w.page.evaluate(`(() => {
  const m = window.__hmMap;
  return m.queryRenderedFeatures({ layers: m.getStyle().layers.map((l) => l.id).filter((id) => id.startsWith('area-fill') && m.getLayoutProperty(id, 'visibility') !== 'none') })
    .filter((f) => m.getFeatureState({ source: f.source, id: f.id }).hover).map((f) => f.properties.code);
})()`) as Promise<string[]>;

const division = (w: Watched) => new URL(w.page.url()).searchParams.get('division');
const marks = (w: Watched) => w.page.evaluate(() => (window as unknown as { __hmMarks?: number }).__hmMarks ?? -1);

describe('risk map', () => {
  it('opens 麒麟区 with its towns as areas, drills into a town and back up by the breadcrumb', async () => {
    const w = await openAt('?division=530302');
    await expect.poll(() => w.page.locator('nav.breadcrumb').innerText()).toMatch(/全国\s*›\s*云南省\s*›\s*曲靖市\s*›\s*麒麟区/);
    const map = w.page.locator('.map-view');
    const share = await paintedShare(w.page, map, MAP_BG);
    expect(share, 'share of the map painted').toBeGreaterThan(0.05);
    expect(await w.page.locator('.legend').first().innerText()).toContain('示意');
    const towns = await drawnCodes(w);
    expect(towns.length).toBeGreaterThan(5);
    expect(towns.every((c) => /^530302\d{3}$/.test(c)), towns.join()).toBe(true);

    // Click a town where its name sits (a click on a hazard mark would open the hazard instead).
    const at = await w.page.evaluate(`(() => {
      const m = window.__hmMap; const f = window.__hmLabels[0];
      const p = m.project(f.position); const r = m.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    })()`) as { x: number; y: number };
    await w.page.mouse.click(at.x, at.y);
    await expect.poll(() => division(w), { timeout: 30_000 }).toMatch(/^530302\d{3}$/);
    await drawn(w);
    await w.page.locator('nav.breadcrumb').getByRole('button', { name: '曲靖市' }).click();
    await expect.poll(() => division(w)).toBe('530300');
    // The counties of 曲靖市, and nothing else.
    await expect.poll(async () => {
      const codes = await drawnCodes(w);
      return codes.includes('530302') && codes.every((c) => /^5303\d{2}$/.test(c));
    }, { timeout: 30_000 }).toBe(true);
    // Back to 麒麟区, a view drawn before (its outlines kept loaded: areaSlots.ts): its own towns again.
    await w.page.goBack();
    await expect.poll(() => division(w)).toMatch(/^530302\d{3}$/);
    await w.page.goBack();
    await expect.poll(() => division(w)).toBe('530302');
    await expect.poll(() => drawnCodes(w), { timeout: 30_000 }).toEqual(towns);
    expect(w.foreign).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('asks DuckDB for the view an area opens while the pointer rests on it, so the click sends no query', async () => {
    const w = await openAt('?division=530300');
    const at = await w.page.evaluate(`(() => {
      const m = window.__hmMap; const f = window.__hmLabels.find((l) => l.name === '麒麟区');
      const p = m.project(f.position); const r = m.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    })()`) as { x: number; y: number };
    const prefetched = await afterPrefetch(w, () => w.page.mouse.move(at.x, at.y));
    await w.page.mouse.down();
    await w.page.mouse.up();
    await expect.poll(() => division(w), { timeout: 30_000 }).toBe('530302');
    await viewReady(w, /麒麟区/);
    expect(await sent(w), 'queries sent by the click').toBe(prefetched);
    const towns = await drawnCodes(w);
    expect(towns.length).toBeGreaterThan(5);
    expect(towns.every((c) => /^530302\d{3}$/.test(c)), towns.join()).toBe(true);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('draws and answers clicks for the view shown only, not one readied under a resting pointer, and leaves none highlighted', async () => {
    const w = await openAt('?division=530300');
    const labelAt = (name: string) => w.page.evaluate(`(() => {
      const m = window.__hmMap; const f = window.__hmLabels.find((l) => l.name === ${JSON.stringify(name)});
      const p = m.project(f.position); const r = m.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    })()`) as Promise<{ x: number; y: number }>;
    const counties = await drawnCodes(w);
    // The pointer rests on 麒麟区: its towns are loaded and tiled ahead, hidden (areaSlots.ts).
    const qilin = await labelAt('麒麟区');
    await afterPrefetch(w, () => w.page.mouse.move(qilin.x, qilin.y));
    await w.page.waitForTimeout(500);
    expect(await drawnCodes(w), 'while resting on 麒麟区').toEqual(counties);
    // A click elsewhere opens that county, not the one readied.
    const other = await labelAt('沾益区');
    await w.page.mouse.click(other.x, other.y);
    await expect.poll(() => division(w), { timeout: 30_000 }).toBe('530303');
    await drawn(w);
    await expect.poll(async () => {
      const codes = await drawnCodes(w);
      return codes.length > 3 && codes.every((c) => /^530303\d{3}$/.test(c));
    }, { timeout: 30_000 }).toBe(true);
    // Back (the browser's back, the pointer still on the map), then 麒麟区 clicked where its name is: that county
    // opens. 沾益区, under the pointer when it was clicked, is not left highlighted.
    await w.page.goBack();
    await expect.poll(() => drawnCodes(w), { timeout: 30_000 }).toEqual(counties);
    expect(await highlighted(w)).toEqual([]);
    await w.page.mouse.move(qilin.x, qilin.y);
    await w.page.waitForTimeout(500);
    await w.page.mouse.click(qilin.x, qilin.y);
    await expect.poll(() => division(w), { timeout: 30_000 }).toBe('530302');
    await expect.poll(async () => (await drawnCodes(w)).every((c) => /^530302\d{3}$/.test(c)), { timeout: 30_000 }).toBe(true);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('asks for the view of a breadcrumb step under the pointer, so going up from a linked county sends no query', async () => {
    const w = await openAt('?division=530302');
    const crumb = w.page.locator('nav.breadcrumb').getByRole('button', { name: '曲靖市' });
    const prefetched = await afterPrefetch(w, () => crumb.hover());
    await crumb.click();
    await expect.poll(() => division(w), { timeout: 30_000 }).toBe('530300');
    await viewReady(w, /曲靖市$/);
    expect(await sent(w), 'queries sent by the click').toBe(prefetched);
    await w.context.close();
  });

  it('opens 积翠镇 and 红河州 directly', async () => {
    for (const [code, name] of [['141128105', '积翠镇'], ['532500', '红河哈尼族彝族自治州']]) {
      const w = await openAt(`?division=${code}`);
      await expect.poll(() => w.page.locator('nav.breadcrumb').innerText()).toContain(name!);
      expect(await paintedShare(w.page, w.page.locator('.map-view'), MAP_BG)).toBeGreaterThan(0.02);
      expect(w.consoleErrors).toEqual([]);
      await w.context.close();
    }
  });

  it('updates the choropleth, legend and counts when the metric or a filter changes', async () => {
    const w = await openAt('?division=530000');
    const legend = w.page.locator('.legend').first();
    expect(await legend.innerText()).toContain('排查重大隐患');
    const map = w.page.locator('.map-view');
    const shot = await map.screenshot();
    await w.page.getByLabel('地图指标').selectOption('rectification_rate');
    await expect.poll(() => legend.innerText()).toContain('整改率');
    await drawn(w);
    // The areas are recoloured in place (orange counts → red-blue rates): much of the map changes.
    const recoloured = await changedShare(w.page, shot, await map.screenshot());
    expect(recoloured).toBeGreaterThan(0.1);
    const found = () => w.page.locator('[data-kpi=found] .kpi-value').innerText();
    const before = await found();
    await w.page.locator('[data-filter=source] summary').click();
    await w.page.locator('[data-filter=source] input[value=self_check]').check();
    await expect.poll(() => new URL(w.page.url()).searchParams.get('source')).toBe('self_check');
    await expect.poll(found).not.toBe(before);
    await drawn(w);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it("draws a province's heat grid as one image and names the count of the bin under the pointer", async () => {
    const w = await openAt('?division=530000&marks=hazards');
    await expect.poll(() => marks(w), { timeout: 60_000 }).toBe(1);
    const map = w.page.locator('.map-view');
    const withBins = await map.screenshot();
    // Walk across the province from its first area's name until a bin's tooltip shows.
    const at = await w.page.evaluate(`(() => {
      const m = window.__hmMap; const p = m.project(window.__hmLabels[0].position); const r = m.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y + 24 };
    })()`) as { x: number; y: number };
    let tip: string | null = null;
    for (let dx = -80; dx <= 80 && !tip; dx += 5) {
      await w.page.mouse.move(at.x + dx, at.y);
      await w.page.waitForTimeout(300);
      tip = await w.page.locator('.map-tooltip').evaluate((e) => ((e as HTMLElement).hidden ? null : e.textContent));
    }
    expect(tip).toMatch(/^[\d,]+ 条记录（网格汇总）$/);
    await w.page.mouse.move(0, 0);
    await w.page.getByRole('group', { name: '图层' }).getByLabel('重大隐患').uncheck();
    await expect.poll(() => marks(w)).toBe(0);
    await drawn(w);
    expect(await changedShare(w.page, withBins, await map.screenshot()), 'the bins drew something').toBeGreaterThan(0.01);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('never sends more than the bound of marks to deck.gl', async () => {
    for (const search of ['?marks=hazards,sites,enterprises', '?division=530000&marks=hazards,sites,enterprises', '?division=530302&marks=hazards,sites,enterprises']) {
      const w = await openAt(search);
      await expect.poll(() => marks(w), { timeout: 60_000 }).toBeGreaterThanOrEqual(0);
      await w.page.waitForTimeout(500);
      const n = await marks(w);
      expect(n, search).toBeLessThanOrEqual(MARK_BUDGET);
      expect(w.foreign).toEqual([]);
      await w.context.close();
    }
  });
});
