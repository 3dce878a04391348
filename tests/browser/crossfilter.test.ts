import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('cross-filtering', () => {
  it('clicking a sector filters the map and KPIs, and the sector chart keeps every sector', async () => {
    const w = await openPage(browser, inject('baseUrl'));
    await w.page.goto(`${inject('baseUrl')}?division=530000`);
    const chart = w.page.locator('[data-region=chart-sector] .echart');
    // Panels below the fold query only once they are scrolled into view.
    await w.page.locator('[data-region=chart-sector]').scrollIntoViewIfNeeded();
    await w.page.locator('[data-region=chart-sector][data-state=ready]').waitFor({ timeout: 90_000 });
    await w.page.locator('[data-region=chart-sector] .echart[data-drawn=true]').waitFor({ timeout: 30_000 });
    await w.page.locator('[data-region=kpi][data-state=ready]').waitFor({ timeout: 90_000 });
    const found = () => w.page.locator('[data-kpi=found] .kpi-value').innerText();
    const before = await found();
    const bars = () => chart.evaluate((el) => {
      const c = (el as HTMLElement & { __chart: { getOption(): { yAxis: { data: string[] }[] } } }).__chart;
      return c.getOption().yAxis[0]!.data;
    });
    const sectors = await bars();
    expect(sectors.length).toBeGreaterThan(3);
    const target = sectors.includes('non_coal_mine') ? 'non_coal_mine' : sectors.at(-1)!;
    // The centre of the target's 排查 bar, from the chart's own layout.
    const point = await chart.evaluate((el, key) => {
      type Layout = { x: number; y: number; width: number; height: number };
      type Model = { getSeriesByIndex(i: number): { getData(): { indexOfName(n: string): number; getItemLayout(i: number): Layout } } };
      const c = (el as HTMLElement & { __chart: { getModel(): Model } }).__chart;
      const data = c.getModel().getSeriesByIndex(0).getData();
      const r = data.getItemLayout(data.indexOfName(key));
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }, target);
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    await w.page.mouse.click(box.x + point.x, box.y + point.y);
    await expect.poll(() => new URL(w.page.url()).searchParams.get('sector'), { timeout: 10_000 }).toBe(target);
    await expect.poll(found, { timeout: 30_000 }).not.toBe(before);
    await w.page.locator('[data-region=chart-sector][data-state=ready]').waitFor({ timeout: 60_000 });
    await w.page.locator('[data-region=chart-sector] .echart[data-drawn=true]').waitFor({ timeout: 30_000 });
    expect((await bars()).sort()).toEqual([...sectors].sort());
    const dimmed = await chart.evaluate((el, key) => {
      const c = (el as HTMLElement & { __chart: { getOption(): { series: { data: { itemStyle: { opacity: number } }[] }[]; yAxis: { data: string[] }[] } } }).__chart;
      const o = c.getOption();
      return o.yAxis[0]!.data.map((k, i) => [k, o.series[0]!.data[i]!.itemStyle.opacity] as const).filter(([k]) => k !== key).every(([, op]) => op < 1);
    }, target);
    expect(dimmed).toBe(true);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('the self-check chart puts the lowest self-check share on top and drills into the bar clicked', async () => {
    const w = await openPage(browser, inject('baseUrl'));
    await w.page.goto(`${inject('baseUrl')}?division=530000`);
    const region = w.page.locator('[data-region=chart-selfcheck]');
    await region.scrollIntoViewIfNeeded();
    await w.page.locator('[data-region=chart-selfcheck][data-state=ready]').waitFor({ timeout: 90_000 });
    const chart = region.locator('.echart');
    // A chart takes its option once it is on screen (src/charts/EChart.tsx).
    await region.locator('.echart[data-drawn=true]').waitFor({ timeout: 30_000 });
    type Opt = { yAxis: { data: string[] }[]; series: { data: number[] }[] };
    const opt = await chart.evaluate((el) => (el as HTMLElement & { __chart: { getOption(): unknown } }).__chart.getOption() as Opt);
    const shares = opt.series[0]!.data;
    expect(shares.length).toBeGreaterThan(3);
    // Drawn bottom to top: shares fall as the bars go up.
    for (let i = 1; i < shares.length; i++) expect(shares[i]!).toBeLessThanOrEqual(shares[i - 1]!);
    const top = opt.yAxis[0]!.data.at(-1)!;
    const point = await chart.evaluate((el) => {
      type Layout = { x: number; y: number; width: number; height: number };
      type Model = { getSeriesByIndex(i: number): { getData(): { count(): number; getItemLayout(i: number): Layout } } };
      const data = (el as HTMLElement & { __chart: { getModel(): Model } }).__chart.getModel().getSeriesByIndex(1).getData();
      const r = data.getItemLayout(data.count() - 1);
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    await w.page.mouse.click(box.x + point.x, box.y + point.y);
    await expect.poll(() => w.page.locator('nav.breadcrumb').innerText(), { timeout: 30_000 }).toContain(top);
    expect(new URL(w.page.url()).searchParams.get('division')).toMatch(/^53\d{2}00$/);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });
});
